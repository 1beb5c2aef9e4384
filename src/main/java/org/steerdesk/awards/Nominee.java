package org.steerdesk.awards;

/**
 * One proposed recipient: a collective or an individual with its unit (and the official, when one),
 * position and achievements; {@code twice} when the same name and type is proposed in another
 * nomination of the campaign that is not returned.
 */
public record Nominee(long id, long nominationId, RecipientType type, String name, Long unitId, Long personId, String position,
		String achievements, boolean twice) {
}
