package org.steerdesk.awards;

/**
 * A recipient as a page adds it: a collective by its unit ({@code unit}) or as a named group with
 * its unit; an individual as an official ({@code official}, by code or name) or named with position
 * and unit; and the citation.
 */
public record RecipientDraft(RecipientType type, String official, String name, String position, String unit, String citation) {
}
