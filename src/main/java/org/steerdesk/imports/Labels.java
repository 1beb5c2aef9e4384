package org.steerdesk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.steerdesk.shared.VietnameseText;

/**
 * The labels the pages give a register's allowed values, in both languages, read once from the
 * message bundles: an import takes a value written as its label ("Cán bộ, công chức", "can bo cong
 * chuc", "Officials") as well as its code, whatever its case and diacritics.
 */
final class Labels {

	private static final List<Properties> BUNDLES = List.of(load("/i18n/messages.properties"), load("/i18n/messages_en.properties"));

	private Labels() {
	}

	/** The code among {@code codes} whose label (under {@code prefix}) reads as {@code typed}, or null. */
	static String codeOf(String typed, String prefix, List<String> codes) {
		if (prefix == null || typed == null) {
			return null;
		}
		String key = VietnameseText.searchKey(typed).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		for (String code : codes) {
			for (Properties bundle : BUNDLES) {
				String label = bundle.getProperty(prefix + code);
				if (label != null && VietnameseText.searchKey(label).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().equals(key)) {
					return code;
				}
			}
		}
		return null;
	}

	private static Properties load(String name) {
		Properties p = new Properties();
		try (InputStream in = Labels.class.getResourceAsStream(name)) {
			if (in != null) {
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
