package org.steerdesk.figures;

/** A figure of the catalogue: its stable key (e.g. {@code media.items}) and the message key of its label. */
public record FigureDefinition(String key, String labelKey) {

	/** Labels live in the message bundles under {@code figure.<key>}. */
	public static FigureDefinition of(String key) {
		return new FigureDefinition(key, "figure." + key);
	}
}
