package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.support.SteerdeskTest;

/**
 * The message keys the pages build at run time — a register's name ({@code register.*}), an enum's
 * label ({@code awards.form.*}, {@code gatherings.type.*} …) — exist in both bundles for every
 * register the application has and every constant of every labelled enum; the imports pages show
 * no {@code ??key??} in either language.
 */
@SteerdeskTest
class RunTimeKeysTests {

	/** The label prefixes the templates build, with the enum each labels. */
	static final Map<String, Class<? extends Enum<?>>> LABELLED = Map.ofEntries(Map.entry("awards.form.", org.steerdesk.awards.AwardForm.class),
			Map.entry("awards.type.", org.steerdesk.awards.RecipientType.class),
			Map.entry("awards.nomination.", org.steerdesk.awards.NominationStatus.class),
			Map.entry("external.direction.", org.steerdesk.external.Direction.class),
			Map.entry("external.mode.", org.steerdesk.external.MeetingMode.class),
			Map.entry("external.partnerKind.", org.steerdesk.external.PartnerKind.class),
			Map.entry("external.purpose.", org.steerdesk.external.Purpose.class),
			Map.entry("gatherings.type.", org.steerdesk.gatherings.GatheringType.class),
			Map.entry("gatherings.role.", org.steerdesk.gatherings.GatheringRole.class),
			Map.entry("gatherings.attendance.", org.steerdesk.gatherings.Attendance.class),
			Map.entry("training.group.", org.steerdesk.training.TargetGroup.class), Map.entry("media.kind.", org.steerdesk.media.ItemKind.class),
			Map.entry("media.platform.", org.steerdesk.media.Platform.class), Map.entry("media.metric.", org.steerdesk.media.Metric.class),
			Map.entry("audit.action.", org.steerdesk.audit.AuditAction.class), Map.entry("org.kind.", org.steerdesk.org.UnitKind.class),
			Map.entry("role.", org.steerdesk.shared.Role.class), Map.entry("window.", org.steerdesk.shared.ReportingWindow.class));

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ImportTarget> registers;

	static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = RunTimeKeysTests.class.getResourceAsStream("/i18n/" + name)) {
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void everyKeyBuiltAtRunTimeIsInBothBundles() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			Properties p = bundle(name);
			for (ImportTarget r : registers) {
				if (!p.containsKey("register." + r.register())) {
					missing.add(name + ": register." + r.register());
				}
			}
			for (String type : recordTypes()) {
				if (!p.containsKey("audit.type." + type)) {
					missing.add(name + ": audit.type." + type);
				}
			}
			LABELLED.forEach((prefix, type) -> {
				for (Enum<?> constant : type.getEnumConstants()) {
					if (!p.containsKey(prefix + constant.name())) {
						missing.add(name + ": " + prefix + constant.name());
					}
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	/** The record types the audit log names (each service's {@code RECORD}, files' owner types). */
	static List<String> recordTypes() throws IOException {
		java.util.regex.Pattern record = java.util.regex.Pattern.compile("static final String RECORD = \"([a-z-]+)\"");
		List<String> types = new ArrayList<>();
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
				java.util.regex.Matcher m = record.matcher(java.nio.file.Files.readString(f));
				while (m.find()) {
					types.add(m.group(1));
				}
			}
		}
		assertThat(types).contains("contest", "contest-entry", "award-decision");
		return types;
	}

	@Test
	void theImportsPagesShowNoRawKey() throws Exception {
		for (String language : List.of("vi", "en")) {
			String page = mvc.perform(get("/imports").with(user("admin")).header("Accept-Language", language)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).doesNotContain("??");
		}
	}
}
