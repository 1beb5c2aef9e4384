package org.steerdesk.org;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope of a unit: itself, its whole subtree, and the units merged into any of them. */
@SteerdeskTest
class UnitScopesTests {

	@Autowired
	World world;

	@Autowired
	UnitScopes scopes;

	@Test
	void scopeIsTheUnitAndItsWholeSubtree() {
		World.Tree t = world.tree();
		assertThat(scopes.resolve(t.province().id())).containsExactlyInAnyOrder(t.province().id(), t.d1().id(), t.d2().id(),
				t.c1().id());
		assertThat(scopes.resolve(t.d1().id())).containsExactlyInAnyOrder(t.d1().id(), t.c1().id());
	}

	@Test
	void scopeExcludesUnitsAboveAndBeside() {
		World.Tree t = world.tree();
		assertThat(scopes.covers(t.d1().id(), t.province().id())).isFalse();
		assertThat(scopes.covers(t.d1().id(), t.d2().id())).isFalse();
		assertThat(scopes.covers(t.province().id(), t.c1().id())).isTrue();
	}

	/** Spec §3 worked example: D2 closed 2023-06-30 with successor D1 counts in D1's scope. */
	@Test
	void unitMergedIntoTheScopeCountsWithItsSubtree() {
		World.Tree t = world.tree();
		OrgUnit commune = world.unit(t.prefix() + "-C2", "Xã Hai", UnitKind.COMMUNE, t.d2().code());
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		assertThat(scopes.resolve(t.d1().id())).containsExactlyInAnyOrder(t.d1().id(), t.c1().id(), t.d2().id(), commune.id());
		assertThat(scopes.covers(t.d1().id(), commune.id())).isTrue();
		assertThat(scopes.resolve(t.d2().id())).doesNotContain(t.d1().id());
	}

	@Test
	void mergersChainTransitively() {
		World.Tree t = world.tree();
		OrgUnit old = world.unit(t.prefix() + "-OLD", "Xã Cũ", UnitKind.COMMUNE, t.d2().code());
		world.merge(old.code(), LocalDate.of(2020, 1, 1), t.d2().code());
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		assertThat(scopes.resolve(t.d1().id())).contains(old.id());
		assertThat(scopes.covers(t.d1().id(), old.id())).isTrue();
	}
}
