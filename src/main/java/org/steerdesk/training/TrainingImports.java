package org.steerdesk.training;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Permission;

/** The {@code trainings} import (spec §2): its columns and its row rule. */
@Configuration(proxyBeanMethods = false)
class TrainingImports {

	@Bean
	ImportTarget trainingsImport(Trainings trainings, OrgAccess access) {
		return RecordImport.of("trainings", TrainingDraft.class)
			.columns(required("code"), required("title"), required("target_group").values(TargetGroup.class, "training.group."),
					required("start_date").values("YYYY-MM-DD"), required("end_date").values("YYYY-MM-DD"), optional("hours").values("0, 1, 2, ..."),
					required("organiser_unit_code"), optional("participants").values("0, 1, 2, ..."), optional("completed").values("0, 1, 2, ..."))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader((row, v) -> new TrainingDraft(row.text("code"), row.text("title"),
					row.enumValue("target_group", TargetGroup.class, "training.group.", v), row.date("start_date", v), row.date("end_date", v),
					row.count("hours", Trainings.MAX_HOURS, v), row.text("organiser_unit_code"), row.count("participants", Trainings.MAX_PEOPLE, v),
					row.count("completed", Trainings.MAX_PEOPLE, v)))
			.each((draft, actor) -> trainings.save(draft, actor, null));
	}
}
