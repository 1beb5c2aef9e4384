package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * In a template's expression, {@code map[name]} reads the key "name", never the variable
 * {@code name} (SpEL takes a bare name in brackets as a literal): the new-contest form came back
 * blank and the judges' grid said "not scored" everywhere because of it. No template indexes a map
 * by a bare name; write {@code map.get(name)}, or quote a literal key.
 */
class TemplateExpressionsTests {

	static final Pattern EXPRESSION = Pattern.compile("[$*]\\{([^}]*)\\}");

	static final Pattern BARE_INDEX = Pattern.compile("\\[\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\]");

	@Test
	void noTemplateIndexesAMapByABareName() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					Matcher expression = EXPRESSION.matcher(lines.get(i));
					while (expression.find()) {
						Matcher bare = BARE_INDEX.matcher(expression.group(1));
						if (bare.find()) {
							found.add(file + ":" + (i + 1) + " " + expression.group());
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
