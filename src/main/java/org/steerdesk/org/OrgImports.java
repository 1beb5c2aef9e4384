package org.steerdesk.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportSession;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.SaveResult;
import org.steerdesk.shared.Violations;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

/** The four org registers' import targets (spec §2: org-units, people, committees, committee-members). */
@Configuration(proxyBeanMethods = false)
class OrgImports {

	@Bean
	ImportTarget orgUnitsImport(Units units, OrgAccess access) {
		return RecordImport.of("org-units", UnitDraft.class)
			.columns(required("code"), required("name_vi"), optional("name_en"), required("kind").values(UnitKind.class, "org.kind."),
					optional("parent_code"), optional("valid_from").values("YYYY-MM-DD"), optional("valid_to").values("YYYY-MM-DD"),
					optional("successor_code"), optional("sort_order").values("0–99999"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.MANAGE))
			.reader((row, v) -> new UnitDraft(row.text("code"), row.text("name_vi"), row.text("name_en"),
					row.enumValue("kind", UnitKind.class, "org.kind.", v), row.text("parent_code"), row.date("valid_from", v),
					row.date("valid_to", v), row.text("successor_code"), row.count("sort_order", Units.MAX_ORDER, v)))
			.wholeFile()
			.batches((drafts, session) -> saveInOrder(units, drafts, session));
	}

	@Bean
	ImportTarget peopleImport(People people, OrgAccess access) {
		return RecordImport.of("people", PersonDraft.class)
			.columns(required("code"), required("full_name"), optional("position"), required("unit_code"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader((row, v) -> new PersonDraft(row.text("code"), row.text("full_name"), row.text("position"), row.text("unit_code")))
			.each((draft, actor) -> people.save(draft, actor, null));
	}

	@Bean
	ImportTarget committeesImport(Committees committees, OrgAccess access) {
		return RecordImport.of("committees", CommitteeDraft.class)
			.columns(required("code"), required("name_vi"), optional("name_en"), required("scope_unit_code"),
					required("document_style").values(DocumentStyle.class, "org.style."), required("reporting_window").values(ReportingWindow.class, "window."),
					optional("governing_body_vi"), optional("symbol"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.MANAGE))
			.reader((row, v) -> new CommitteeDraft(row.text("code"), row.text("name_vi"), row.text("name_en"),
					row.text("scope_unit_code"), row.enumValue("document_style", DocumentStyle.class, "org.style.", v),
					row.enumValue("reporting_window", ReportingWindow.class, "window.", v), row.text("governing_body_vi"), row.text("symbol")))
			.each((draft, actor) -> committees.save(draft, actor, null));
	}

	@Bean
	ImportTarget committeeMembersImport(Committees committees, OrgAccess access) {
		return RecordImport.of("committee-members", MemberDraft.class)
			.columns(required("committee_code"), required("person_code"), required("role").values(MemberRole.class, "org.role."),
					required("from").values("YYYY-MM-DD"), optional("to").values("YYYY-MM-DD"))
			.key("committee_code", "person_code", "role", "from")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.MANAGE))
			.reader((row, v) -> new MemberDraft(row.text("committee_code"), row.text("person_code"),
					row.enumValue("role", MemberRole.class, "org.role.", v), row.date("from", v), row.date("to", v)))
			.each((draft, actor) -> committees.saveMember(draft, actor));
	}

	/**
	 * Org units may name a parent or successor that comes later in the same file, so the file's
	 * units are saved in dependency order; a cycle among them is an error on each unit in it.
	 */
	static List<SaveResult> saveInOrder(Units units, List<UnitDraft> drafts, ImportSession session) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < drafts.size(); i++) {
			index.put(drafts.get(i).code(), i);
		}
		SaveResult[] results = new SaveResult[drafts.size()];
		Map<String, Integer> state = new HashMap<>();
		List<String> order = new ArrayList<>();
		for (String code : index.keySet()) {
			visit(code, drafts, index, state, order, results);
		}
		for (String code : order) {
			int i = index.get(code);
			try {
				results[i] = SaveResult.saved(units.save(drafts.get(i), session.actor(), null));
			}
			catch (InvalidRecordException e) {
				results[i] = SaveResult.refused(e.violations());
			}
		}
		return List.of(results);
	}

	/** Depth-first topological order: 1 = visiting, 2 = done, 3 = in a cycle. */
	private static void visit(String code, List<UnitDraft> drafts, Map<String, Integer> index, Map<String, Integer> state,
			List<String> order, SaveResult[] results) {
		Integer s = state.get(code);
		if (s != null) {
			if (s == 1) {
				results[index.get(code)] = SaveResult.refused(new Violations().add("parent_code", "org.unit.cycleInFile"));
				state.put(code, 3);
			}
			return;
		}
		state.put(code, 1);
		UnitDraft draft = drafts.get(index.get(code));
		for (String dependency : new String[] { draft.parentCode(), draft.successorCode() }) {
			if (dependency != null && index.containsKey(dependency)) {
				visit(dependency, drafts, index, state, order, results);
			}
		}
		if (state.get(code) == 1) {
			state.put(code, 2);
			order.add(code);
		}
	}
}
