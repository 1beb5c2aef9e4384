package org.steerdesk.external;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

/** The external register's imports (spec §2: delegations, meetings). */
@Configuration(proxyBeanMethods = false)
class ExternalImports {

	@Bean
	ImportTarget delegationsImport(Delegations delegations, OrgAccess access) {
		return RecordImport.of("delegations", DelegationDraft.class)
			.columns(required("code"), required("direction").values(Direction.class, "external.direction."), required("name"), optional("partner"),
					required("purpose").values("STUDY | SURVEY | INVESTMENT | TRADE | CULTURE | OFFICIAL | OTHER; ..."),
					required("start_date").values("YYYY-MM-DD"), required("end_date").values("YYYY-MM-DD"),
					required("host_unit_code"), required("members").values("CN:5;KR:2;VN:1"), optional("notes"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader(ExternalImports::delegation)
			.each((draft, actor) -> delegations.save(draft, actor, null));
	}

	@Bean
	ImportTarget meetingsImport(Meetings meetings, OrgAccess access) {
		return RecordImport.of("meetings", MeetingDraft.class)
			.columns(required("code"), required("date").values("YYYY-MM-DD"), required("mode").values(MeetingMode.class, "external.mode."),
					required("partner"), required("country").values("ISO 3166-1 alpha-2: CN, KR, TW, HK, ..."), required("topic"),
					required("unit_code"), optional("outcome"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader((row, v) -> new MeetingDraft(row.text("code"), row.date("date", v), row.enumValue("mode", MeetingMode.class, "external.mode.", v),
					row.text("partner"), row.text("country"), row.text("topic"), row.text("unit_code"), row.text("outcome")))
			.each((draft, actor) -> meetings.save(draft, actor, null));
	}

	static DelegationDraft delegation(ImportRow row, Violations violations) {
		List<Purpose> purposes = new java.util.ArrayList<>();
		for (String purpose : row.list("purpose")) {
			try {
				purposes.add(Purpose.valueOf(purpose.toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				violations.add("purpose", "validation.oneOf", purpose, "STUDY, SURVEY, INVESTMENT, TRADE, CULTURE, OFFICIAL, OTHER");
			}
		}
		return new DelegationDraft(row.text("code"), row.enumValue("direction", Direction.class, "external.direction.", violations), row.text("name"),
				row.text("partner"), purposes, row.date("start_date", violations), row.date("end_date", violations),
				row.text("host_unit_code"), row.text("members"), row.text("notes"), null);
	}
}
