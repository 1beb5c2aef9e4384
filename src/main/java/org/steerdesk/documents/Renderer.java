package org.steerdesk.documents;

import java.util.function.Supplier;

import org.steerdesk.shared.HeavyWork;

/**
 * A writer of documents whose every rendering passes the heavy-work gate ({@link HeavyWork}); a
 * writer made by hand (in unit tests) has no gate.
 */
abstract class Renderer {

	private final HeavyWork heavy;

	Renderer(HeavyWork heavy) {
		this.heavy = heavy;
	}

	<T> T gated(Supplier<T> work) {
		return heavy == null ? work.get() : heavy.run("document", work);
	}
}
