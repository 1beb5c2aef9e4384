package org.steerdesk.shared;

/**
 * One suggestion of a picker: the value a form sends (a code), what the user reads (a name) and a
 * detail that tells like names apart (the code, a unit, a country).
 */
public record Choice(String value, String label, String detail) {
}
