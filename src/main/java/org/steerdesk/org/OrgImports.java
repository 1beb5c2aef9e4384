package org.steerdesk.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportColumn;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.imports.ImportSession;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RowImportTarget;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

/** The four org registers' import targets (spec §2: org-units, people, committees, committee-members). */
@Configuration(proxyBeanMethods = false)
class OrgImports {

	@Bean
	ImportTarget orgUnitsImport(Units units, OrgAccess access) {
		return new OrgUnitsTarget(units, access);
	}

	@Bean
	ImportTarget peopleImport(People people, OrgAccess access) {
		return new RowImportTarget<>("people",
				List.of(required("code"), required("full_name"), optional("position"), required("unit_code")),
				List.of("code"), actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS),
				(row, v) -> new PersonDraft(row.text("code"), row.text("full_name"), row.text("position"), row.text("unit_code")),
				(draft, actor) -> people.save(draft, actor, null));
	}

	@Bean
	ImportTarget committeesImport(Committees committees, OrgAccess access) {
		return new RowImportTarget<>("committees",
				List.of(required("code"), required("name_vi"), optional("name_en"), required("scope_unit_code"),
						required("document_style").values(DocumentStyle.class),
						required("reporting_window").values(ReportingWindow.class), optional("governing_body_vi"),
						optional("symbol")),
				List.of("code"), actor -> access.mayAnywhere(actor, Permission.MANAGE),
				(row, v) -> new CommitteeDraft(row.text("code"), row.text("name_vi"), row.text("name_en"),
						row.text("scope_unit_code"), row.enumValue("document_style", DocumentStyle.class, v),
						row.enumValue("reporting_window", ReportingWindow.class, v), row.text("governing_body_vi"),
						row.text("symbol")),
				(draft, actor) -> committees.save(draft, actor, null));
	}

	@Bean
	ImportTarget committeeMembersImport(Committees committees, OrgAccess access) {
		return new RowImportTarget<>("committee-members",
				List.of(required("committee_code"), required("person_code"), required("role").values(MemberRole.class),
						required("from").values("YYYY-MM-DD"), optional("to").values("YYYY-MM-DD")),
				List.of("committee_code", "person_code", "role", "from"),
				actor -> access.mayAnywhere(actor, Permission.MANAGE),
				(row, v) -> new MemberDraft(row.text("committee_code"), row.text("person_code"),
						row.enumValue("role", MemberRole.class, v), row.date("from", v), row.date("to", v)),
				(draft, actor) -> committees.saveMember(draft, actor));
	}

	/**
	 * Org units may name a parent or successor that comes later in the same file, so rows are saved
	 * in dependency order; a cycle among the file's rows is an error on each row in it.
	 */
	static class OrgUnitsTarget implements ImportTarget {

		private final Units units;

		private final OrgAccess access;

		OrgUnitsTarget(Units units, OrgAccess access) {
			this.units = units;
			this.access = access;
		}

		@Override
		public String register() {
			return "org-units";
		}

		@Override
		public List<ImportColumn> columns() {
			return List.of(required("code"), required("name_vi"), optional("name_en"), required("kind").values(UnitKind.class),
					optional("parent_code"), optional("valid_from").values("YYYY-MM-DD"),
					optional("valid_to").values("YYYY-MM-DD"), optional("successor_code"));
		}

		@Override
		public List<String> key() {
			return List.of("code");
		}

		@Override
		public boolean mayImport(Actor actor) {
			return access.mayAnywhere(actor, Permission.MANAGE);
		}

		@Override
		public void apply(List<ImportRow> rows, ImportSession session) {
			Map<String, ImportRow> byCode = new LinkedHashMap<>();
			Map<String, UnitDraft> drafts = new HashMap<>();
			java.util.Set<String> rejected = new java.util.HashSet<>();
			for (ImportRow row : rows) {
				Violations violations = new Violations();
				UnitDraft draft = new UnitDraft(row.text("code"), row.text("name_vi"), row.text("name_en"),
						row.enumValue("kind", UnitKind.class, violations), row.text("parent_code"),
						row.date("valid_from", violations), row.date("valid_to", violations), row.text("successor_code"));
				if (!violations.isEmpty()) {
					session.reject(row, violations);
					rejected.add(row.text("code"));
				}
				byCode.put(row.text("code"), row);
				drafts.put(row.text("code"), draft);
			}
			Map<String, Integer> state = new HashMap<>();
			List<String> order = new ArrayList<>();
			for (String code : byCode.keySet()) {
				visit(code, drafts, state, order, byCode, session);
			}
			for (String code : order) {
				if (rejected.contains(code)) {
					continue;
				}
				ImportRow row = byCode.get(code);
				try {
					session.saved(units.save(drafts.get(code), session.actor(), null));
				}
				catch (InvalidRecordException e) {
					session.reject(row, e.violations());
				}
			}
		}

		/** Depth-first topological order: 1 = visiting, 2 = done. */
		private void visit(String code, Map<String, UnitDraft> drafts, Map<String, Integer> state, List<String> order,
				Map<String, ImportRow> rows, ImportSession session) {
			Integer s = state.get(code);
			if (s != null) {
				if (s == 1) {
					session.reject(rows.get(code), new Violations().add("parent_code", "org.unit.cycleInFile"));
					state.put(code, 3);
				}
				return;
			}
			state.put(code, 1);
			UnitDraft draft = drafts.get(code);
			for (String dependency : new String[] { draft.parentCode(), draft.successorCode() }) {
				if (dependency != null && drafts.containsKey(dependency)) {
					visit(dependency, drafts, state, order, rows, session);
				}
			}
			if (state.get(code) == 1) {
				state.put(code, 2);
				order.add(code);
			}
		}
	}
}
