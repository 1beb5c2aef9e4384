package org.steerdesk.shared;

import java.util.function.Consumer;

/** Every row of a list, handed over one at a time (exports stream them without holding the list). */
public interface Rows<T> {

	void each(Consumer<T> out);
}
