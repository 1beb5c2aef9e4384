package org.steerdesk.gatherings;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Violations;

/** The {@code gatherings} import (spec §2): its columns and its row rule. */
@Configuration(proxyBeanMethods = false)
class GatheringImports {

	@Bean
	ImportTarget gatheringsImport(Gatherings gatherings, OrgAccess access) {
		return RecordImport.of("gatherings", GatheringDraft.class)
			.columns(required("code"), required("type").values(GatheringType.class, "gatherings.type."), required("title"),
					required("start").values("YYYY-MM-DD | YYYY-MM-DDTHH:MM"), optional("end").values("YYYY-MM-DD | YYYY-MM-DDTHH:MM"),
					optional("place"), optional("online").values("true | false"), required("organiser_unit_code"),
					optional("participants").values("0, 1, 2, ..."), optional("foreign_participants").values("0, 1, 2, ..."),
					optional("promotes_image").values("true | false"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader(GatheringImports::draft)
			.each((draft, actor) -> gatherings.save(draft, actor, null));
	}

	static GatheringDraft draft(ImportRow row, Violations v) {
		String start = row.text("start");
		String end = row.text("end");
		return new GatheringDraft(row.text("code"), row.enumValue("type", GatheringType.class, "gatherings.type.", v), row.text("title"),
				local(row.dateTime("start", v)), start != null && start.length() > 10, local(row.dateTime("end", v)),
				end != null && end.length() > 10, row.text("place"), row.bool("online", v), row.text("organiser_unit_code"),
				row.count("participants", Gatherings.MAX_PEOPLE, v), row.count("foreign_participants", Gatherings.MAX_PEOPLE, v),
				row.bool("promotes_image", v));
	}

	private static LocalDateTime local(OffsetDateTime at) {
		return at == null ? null : ProvinceTime.wallClock(at);
	}
}
