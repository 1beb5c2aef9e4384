package org.steerdesk.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steerdesk.shared.VietnameseText;

/** How units are ordered and found: Vietnamese alphabetical order, the tree's depth-first order, search keys. */
final class UnitOrder {

	private UnitOrder() {
	}

	static String searchKey(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			if (part != null) {
				key.append(VietnameseText.searchKey(part)).append(' ');
			}
		}
		return key.toString().strip();
	}

	/** How the kinds of body follow one another where the province gave no order: its own bodies before districts and communes. */
	private static final List<UnitKind> KINDS = List.of(UnitKind.PROVINCE, UnitKind.PARTY_BODY, UnitKind.AGENCY, UnitKind.MEDIA_OUTLET,
			UnitKind.DISTRICT, UnitKind.COMMUNE);

	/** The province's order: its order field first (units without one after), then kind, then Vietnamese alphabetical order. */
	static final Comparator<OrgUnit> ORDER = Comparator
		.comparing(OrgUnit::sortOrder, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(u -> KINDS.indexOf(u.kind()))
		.thenComparing(OrgUnit::nameVi, VietnameseText.collation());

	/** Siblings in the province's order. */
	static List<OrgUnit> sorted(List<OrgUnit> units) {
		return units.stream().sorted(ORDER).toList();
	}

	/** Depth-first order with siblings alphabetical. */
	static List<OrgUnit> treeOrder(List<OrgUnit> units) {
		Map<Long, List<OrgUnit>> byParent = new LinkedHashMap<>();
		Set<Long> ids = new HashSet<>();
		units.forEach(u -> ids.add(u.id()));
		List<OrgUnit> roots = new ArrayList<>();
		for (OrgUnit u : units) {
			if (u.parentId() == null || !ids.contains(u.parentId())) {
				roots.add(u);
			}
			else {
				byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
			}
		}
		List<OrgUnit> out = new ArrayList<>(units.size());
		Deque<OrgUnit> stack = new ArrayDeque<>();
		List<OrgUnit> sortedRoots = sorted(roots);
		for (int i = sortedRoots.size() - 1; i >= 0; i--) {
			stack.push(sortedRoots.get(i));
		}
		while (!stack.isEmpty()) {
			OrgUnit u = stack.pop();
			out.add(u);
			List<OrgUnit> kids = sorted(byParent.getOrDefault(u.id(), List.of()));
			for (int i = kids.size() - 1; i >= 0; i--) {
				stack.push(kids.get(i));
			}
		}
		return out;
	}
}
