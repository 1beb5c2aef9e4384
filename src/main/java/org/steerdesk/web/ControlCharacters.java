package org.steerdesk.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.steerdesk.shared.VietnameseText;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text holding control characters (NUL and the like; tab and line breaks are text) in
 * every form field, query parameter and JSON string, before any module sees it: a form shows
 * the message next to the field ({@code typeMismatch.java.lang.String}), a parameter gets the
 * error page, a JSON body problem details naming the field.
 */
@ControllerAdvice
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (VietnameseText.hasControlCharacter(text)) {
					throw new IllegalArgumentException("control character");
				}
				setValue(text);
			}

			@Override
			public String getAsText() {
				Object value = getValue();
				return value == null ? "" : value.toString();
			}
		});
	}

	@Bean
	SimpleModule controlCharacterModule() {
		SimpleModule module = new SimpleModule("steerdesk-control-characters");
		module.addDeserializer(String.class, new ValueDeserializer<String>() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String text = StringDeserializer.instance.deserialize(parser, context);
				if (VietnameseText.hasControlCharacter(text)) {
					return (String) context.handleWeirdStringValue(String.class, text, "contains a control character");
				}
				return text;
			}
		});
		return module;
	}
}
