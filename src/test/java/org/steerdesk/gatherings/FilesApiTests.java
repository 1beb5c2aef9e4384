package org.steerdesk.gatherings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** A record's files through the API: added several at once, listed, downloaded and removed under the page's rights; refusals as problem details. */
@SteerdeskTest
class FilesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	DataSource dataSource;

	World.Tree t;

	String api;

	String editor;

	@BeforeEach
	void event() {
		t = world.tree();
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-TK,CONFERENCE,Hội nghị,2022-12-12,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		api = "/api/v1/gatherings/" + t.prefix() + "-TK/files";
		editor = world.user("EDITOR", t.d1().code());
	}

	long stored() {
		return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM file_links WHERE owner_key = ?").param(t.prefix() + "-TK")
			.query(Long.class).single();
	}

	@Test
	void filesAreAddedListedDownloadedAndRemovedThroughTheApi() throws Exception {
		byte[] report = GatheringFilesTests.pdf();
		byte[] program = GatheringFilesTests.docx("Chương trình");
		mvc.perform(multipart(api).file(new MockMultipartFile("files", "Báo cáo.pdf", "application/octet-stream", report))
			.file(new MockMultipartFile("file", "chuong-trinh.docx", "text/plain", program)).with(httpBasic(editor, World.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].name").value("Báo cáo.pdf"))
			.andExpect(jsonPath("$[0].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$[0].size").value(report.length))
			.andExpect(jsonPath("$[0].addedBy").value(editor))
			.andExpect(jsonPath("$[1].mediaType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		String viewer = world.user("VIEWER", t.province().code());
		String list = mvc.perform(get(api).with(httpBasic(viewer, World.PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher href = java.util.regex.Pattern.compile("\"href\":\"([^\"]+)\"").matcher(list);
		assertThat(href.find()).isTrue();
		MvcResult download = mvc.perform(get(href.group(1)).with(httpBasic(viewer, World.PASSWORD))).andExpect(status().isOk()).andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(report);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		// a viewer may read but not remove; the editor removes
		mvc.perform(delete(href.group(1)).with(httpBasic(viewer, World.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(delete(href.group(1)).with(httpBasic(editor, World.PASSWORD))).andExpect(status().isNoContent());
		assertThat(stored()).isEqualTo(1);
		mvc.perform(get(href.group(1)).with(httpBasic(viewer, World.PASSWORD))).andExpect(status().isNotFound());
		// a course's materials live under the spec's register name
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code\n%s-L,Lớp,EXPERTS,2022-05-01,2022-05-02,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		mvc.perform(multipart("/api/v1/trainings/" + t.prefix() + "-L/files").file(new MockMultipartFile("files", "Bài giảng.pdf",
				"application/pdf", report)).with(httpBasic(editor, World.PASSWORD))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/trainings/" + t.prefix() + "-L/files").with(httpBasic(viewer, World.PASSWORD)))
			.andExpect(jsonPath("$[0].name").value("Bài giảng.pdf"));
	}

	@Test
	void badFilesAreRefusedAsProblemDetailsAndNothingIsKept() throws Exception {
		mvc.perform(multipart(api).file(new MockMultipartFile("files", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.file(new MockMultipartFile("files", "good.pdf", "application/pdf", GatheringFilesTests.pdf()))
			.with(httpBasic(editor, World.PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("files"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("virus.pdf\" is not a PDF")));
		mvc.perform(multipart(api).file(new MockMultipartFile("files", "big.pdf", "application/pdf", new byte[21 * 1024 * 1024]))
			.with(httpBasic(editor, World.PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("too large (at most 20 MB)")));
		mvc.perform(multipart(api).with(httpBasic(editor, World.PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("files"));
		// out of scope, an unknown register, an unknown record, a forged id
		String outsider = world.user("EDITOR", t.d2().code());
		mvc.perform(multipart(api).file(new MockMultipartFile("files", "x.pdf", "application/pdf", GatheringFilesTests.pdf()))
			.with(httpBasic(outsider, World.PASSWORD))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/secrets/" + t.prefix() + "-TK/files").with(httpBasic(editor, World.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/gatherings/NOPE-" + t.prefix() + "/files").with(httpBasic(editor, World.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get(api + "/9223372036854775807").with(httpBasic(editor, World.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get(api + "/99999999999999999999").with(httpBasic(editor, World.PASSWORD))).andExpect(status().isBadRequest());
		mvc.perform(get(api)).andExpect(status().isUnauthorized());
		assertThat(stored()).isZero();
	}
}
