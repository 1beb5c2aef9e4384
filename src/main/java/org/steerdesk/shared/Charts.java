package org.steerdesk.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Chart.js configurations as JSON, drawn by /js/steerdesk.js from a canvas's data-config. */
@Component
public class Charts {

	private final JsonMapper json;

	public Charts(JsonMapper json) {
		this.json = json;
	}

	/** A dataset: its label and values. */
	public static Map<String, Object> dataset(String label, List<?> values) {
		return Map.of("label", label, "data", values);
	}

	public String config(String type, List<String> labels, List<Map<String, Object>> datasets, boolean stacked) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", type);
		config.put("data", Map.of("labels", labels, "datasets", datasets));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("responsive", true);
		options.put("maintainAspectRatio", false);
		if (stacked) {
			options.put("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)));
		}
		config.put("options", options);
		return json.writeValueAsString(config);
	}
}
