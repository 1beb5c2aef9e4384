package org.steerdesk.awards;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.VietnameseText;

/** The {@code award-authorities} and {@code commendations} imports (spec §2), for secretariats. */
@Configuration(proxyBeanMethods = false)
class AwardImports {

	@Bean
	ImportTarget awardAuthoritiesImport(Authorities authorities, OrgAccess access) {
		return RecordImport.of("award-authorities", AuthorityDraft.class)
			.columns(required("code"), required("name_vi"), optional("name_en"), required("unit_code"), optional("symbol"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.MANAGE))
			.reader((row, v) -> new AuthorityDraft(row.text("code"), row.text("name_vi"), row.text("name_en"), row.text("unit_code"),
					row.text("symbol")))
			.each((draft, actor) -> authorities.save(draft, actor, null));
	}

	@Bean
	ImportTarget commendationsImport(CommendationRecords records, OrgAccess access) {
		return RecordImport.of("commendations", CommendationDraft.class)
			.columns(required("decision_number"), required("decision_date").values("YYYY-MM-DD"), required("authority_code"),
					required("form").values(AwardForm.class, "awards.form."), required("recipient_type").values(RecipientType.class, "awards.type."), required("recipient_name"),
					optional("recipient_unit_code"), optional("position"), optional("citation"), optional("campaign"))
			.key("decision_number", "authority_code", "recipient_type", "recipient_name")
			.keyOf(row -> String.join("\u0000", String.valueOf(row.text("decision_number")), String.valueOf(row.text("authority_code")),
					String.valueOf(row.text("recipient_type")), VietnameseText.searchKey(String.valueOf(row.text("recipient_name")))))
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.MANAGE))
			.reader((row, v) -> new CommendationDraft(row.text("decision_number"), row.date("decision_date", v), row.text("authority_code"),
					row.enumValue("form", AwardForm.class, "awards.form.", v),
					row.enumValue("recipient_type", RecipientType.class, "awards.type.", v), row.text("recipient_name"),
					row.text("recipient_unit_code"), row.text("position"), row.text("citation"), row.text("campaign")))
			.each((draft, actor) -> records.record(draft, actor));
	}
}
