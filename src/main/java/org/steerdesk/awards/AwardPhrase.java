package org.steerdesk.awards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.figures.FigurePhrase;

/**
 * The review's commendation sentence, {@code {awards.by_authority}}: for each authority and form of
 * the period, "Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 11 cá nhân", joined by semicolons,
 * from the breakdowns of {@code awards.collectives} and {@code awards.individuals} by authority and
 * form (so an issued review keeps its counts).
 */
@Component
class AwardPhrase implements FigurePhrase {

	static final String KEY = "awards.by_authority";

	private final Authorities authorities;

	private final MessageSource messages;

	AwardPhrase(Authorities authorities, MessageSource messages) {
		this.authorities = authorities;
		this.messages = messages;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String write(Map<String, Map<String, Map<String, Long>>> breakdowns, Locale locale) {
		Map<String, Long> collectives = members(breakdowns, AwardFigures.COLLECTIVES);
		Map<String, Long> individuals = members(breakdowns, AwardFigures.INDIVIDUALS);
		Map<String, long[]> byMember = new LinkedHashMap<>();
		collectives.forEach((m, n) -> byMember.computeIfAbsent(m, k -> new long[2])[0] = n);
		individuals.forEach((m, n) -> byMember.computeIfAbsent(m, k -> new long[2])[1] = n);
		List<String> parts = new ArrayList<>();
		byMember.forEach((member, counts) -> {
			int slash = member.lastIndexOf('/');
			if (slash < 0) {
				return;
			}
			String code = member.substring(0, slash);
			// a name that brings its own article ("The two Provincial Steering Committees") takes no second one ("the The two …")
			String named = authorities.byCode(code).map(a -> a.name(locale)).orElse(code);
			String authority = "en".equals(locale.getLanguage()) ? named.replaceFirst("^(?i)the\\s+", "") : named;
			String form = messages.getMessage("awards.form." + member.substring(slash + 1), null, member.substring(slash + 1), locale);
			String whom = counts[0] > 0 && counts[1] > 0 ? say("awards.phrase.both", locale, counts[0], counts[1])
					: counts[0] > 0 ? say("awards.phrase.collectives", locale, counts[0]) : say("awards.phrase.individuals", locale, counts[1]);
			parts.add(say("awards.phrase.gave", locale, authority, form, whom));
		});
		return parts.isEmpty() ? say("awards.phrase.none", locale) : String.join("; ", parts);
	}

	private static Map<String, Long> members(Map<String, Map<String, Map<String, Long>>> breakdowns, String key) {
		return breakdowns.getOrDefault(key, Map.of()).getOrDefault(AwardFigures.BY_AUTHORITY_FORM, Map.of());
	}

	private String say(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
