package org.steerdesk.documents;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a layout in a language, from the message bundles ({@code document.<STYLE>.*}, {@code document.*}). */
@Component
public class DocumentWords {

	private final MessageSource messages;

	public DocumentWords(MessageSource messages) {
		this.messages = messages;
	}

	public Layout.Words of(Layout layout, Locale locale) {
		String style = "document." + layout.name() + ".";
		String motto = messages.getMessage(style + "motto", null, "", locale);
		return new Layout.Words(messages.getMessage(style + "nationalTitle", null, locale), motto.isBlank() ? null : motto,
				messages.getMessage(style + "number", null, locale), messages.getMessage("document.dateLine", null, locale),
				messages.getMessage("document.recipients", null, locale), messages.getMessage("document.annex", null, locale), locale);
	}
}
