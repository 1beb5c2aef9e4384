package org.steerdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * Files are hostile until proven otherwise, through the API: a polyglot keeps the extension of the
 * type it was detected as; a name that reads otherwise than it is, and a package that unpacks beyond
 * the limit, are refused and nothing is kept; the same new content uploaded twice at once is kept
 * once and linked twice; a content no record holds is purged after the retention.
 */
@SteerdeskTest
class FilesHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Files files;

	World.Tree t;

	String editor;

	@BeforeEach
	void events() {
		t = world.tree();
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%1$s-A,CONFERENCE,Hội nghị,2022-12-12,%2$s\n%1$s-B,CONFERENCE,Hội thảo,2022-12-13,%2$s\n"
			.formatted(t.prefix(), t.d1().code()));
		editor = world.user("EDITOR", t.d1().code());
	}

	String api(String event) {
		return "/api/v1/gatherings/" + t.prefix() + "-" + event + "/files";
	}

	long links(String event) {
		return jdbc.sql("SELECT COUNT(*) FROM file_links WHERE owner_key = ?").param(t.prefix() + "-" + event).query(Long.class).single();
	}

	@Test
	void aPolyglotIsKeptAndServedUnderTheExtensionOfItsDetectedType() throws Exception {
		ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
		polyglot.write(HostileFiles.pdf("x", Set.of()));
		polyglot.write("<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8));
		String added = mvc.perform(multipart(api("A")).file(new MockMultipartFile("files", "bao-cao.hta", "text/html", polyglot.toByteArray()))
			.with(user(editor))).andExpect(status().isCreated()).andExpect(jsonPath("$[0].name").value("bao-cao.pdf"))
			.andExpect(jsonPath("$[0].mediaType").value("application/pdf")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String href = added.replaceAll("(?s).*\"href\":\"([^\"]+)\".*", "$1");
		var download = mvc.perform(get(href).with(user(editor))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getHeader("Content-Disposition")).contains("bao-cao.pdf").doesNotContain(".hta");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void namesThatReadOtherwiseAndPackagesBeyondTheLimitAreRefusedAndNothingIsKept() throws Exception {
		byte[] pdf = HostileFiles.pdf("x", Set.of());
		mvc.perform(multipart(api("A")).file(new MockMultipartFile("files", "bai\u202Efdp.exe", "application/pdf", pdf)).with(user(editor))
			.header("Accept-Language", "en")).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("files"));
		mvc.perform(multipart(api("A")).file(new MockMultipartFile("files", "ok.pdf", "application/pdf", pdf))
			.file(new MockMultipartFile("files", "bom.docx", "application/octet-stream", HostileFiles.docxBomb(150L << 20))).with(user(editor))
			.header("Accept-Language", "en")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("unpacks to more than 100 MB")));
		assertThat(links("A")).isZero();
	}

	@Test
	void theSameNewContentUploadedTwiceAtOnceIsKeptOnceAndLinkedTwice() throws Exception {
		byte[] content = HostileFiles.pdf("cung-noi-dung-" + t.prefix(), Set.of(HostileFiles.PdfCarrier.INFO));
		java.util.function.Function<String, java.util.concurrent.Callable<Integer>> upload = event -> () -> mvc
			.perform(multipart(api(event)).file(new MockMultipartFile("files", "same.pdf", "application/pdf", content)).with(user(editor)))
			.andExpect(status().isCreated()).andReturn().getResponse().getStatus();
		// both succeed: each must answer 201 (an expectation failed fails the race)
		assertThat(org.steerdesk.support.Races.race(upload.apply("A"), upload.apply("B"))).containsOnlyNulls();
		assertThat(links("A")).isEqualTo(1);
		assertThat(links("B")).isEqualTo(1);
	}

	@Test
	void aContentNoRecordHoldsIsPurgedAfterTheRetention() throws Exception {
		byte[] kept = HostileFiles.pdf("giu-" + t.prefix(), Set.of(HostileFiles.PdfCarrier.INFO));
		byte[] dropped = HostileFiles.pdf("bo-" + t.prefix(), Set.of(HostileFiles.PdfCarrier.INFO));
		mvc.perform(multipart(api("A")).file(new MockMultipartFile("files", "giu.pdf", "application/pdf", kept))
			.file(new MockMultipartFile("files", "bo.pdf", "application/pdf", dropped)).with(user(editor))).andExpect(status().isCreated());
		mvc.perform(multipart(api("B")).file(new MockMultipartFile("files", "giu.pdf", "application/pdf", kept)).with(user(editor)))
			.andExpect(status().isCreated());
		List<Long> ids = jdbc.sql("SELECT id FROM file_links WHERE owner_key = ? ORDER BY id").param(t.prefix() + "-A").query(Long.class).list();
		for (long id : ids) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(api("A") + "/" + id).with(user(editor)))
				.andExpect(status().isNoContent());
		}
		String droppedSha = sha(dropped);
		String keptSha = sha(kept);
		// within the retention nothing goes; past it, only the content no record holds
		files.purgeOrphans();
		assertThat(contents(droppedSha)).isEqualTo(1);
		jdbc.sql("UPDATE file_contents SET orphaned_at = ? WHERE sha256 IN (?, ?)").params(java.time.OffsetDateTime.now().minusDays(31), droppedSha,
				keptSha).update();
		files.purgeOrphans();
		assertThat(contents(droppedSha)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM file_chunks WHERE sha256 = ?").param(droppedSha).query(Long.class).single()).isZero();
		assertThat(contents(keptSha)).isEqualTo(1);
	}

	long contents(String sha) {
		return jdbc.sql("SELECT COUNT(*) FROM file_contents WHERE sha256 = ?").param(sha).query(Long.class).single();
	}

	static String sha(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
