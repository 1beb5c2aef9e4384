package org.steerdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word exists in Vietnamese and English, and every key a template uses exists. */
class I18nPropertiesSyncTests {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vi = load("i18n/messages.properties");
		Properties en = load("i18n/messages_en.properties");
		assertThat(en.stringPropertyNames()).as("keys missing in English")
			.containsAll(vi.stringPropertyNames());
		assertThat(vi.stringPropertyNames()).as("keys missing in Vietnamese")
			.containsAll(en.stringPropertyNames());
	}

	@Test
	void vietnameseTextIsNfc() throws IOException {
		Properties vi = load("i18n/messages.properties");
		for (String key : vi.stringPropertyNames()) {
			String value = vi.getProperty(key);
			assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(key).isTrue();
		}
	}

	@Test
	void everyStaticKeyInTemplatesExists() throws IOException {
		Properties vi = load("i18n/messages.properties");
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!vi.containsKey(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
