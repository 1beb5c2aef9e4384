package org.steerdesk.shared;

import java.util.ArrayList;
import org.springframework.context.i18n.LocaleContextHolder;

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

	/**
	 * Distinct colours, dark enough against white, in the order series take them (Okabe–Ito,
	 * readable with the common colour-vision deficiencies).
	 */
	static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7a1212",
			"#555555");

	/** The axis at the right, for a series of another magnitude. */
	public static final String SECOND_AXIS = "y1";

	/** A series drawn against the axis at the right. */
	public static Map<String, Object> onSecondAxis(Map<String, Object> dataset) {
		Map<String, Object> set = new LinkedHashMap<>(dataset);
		set.put("yAxisID", SECOND_AXIS);
		return set;
	}

	/**
	 * A chart of counts: axes from zero in whole numbers, numbers on axes and in tooltips written in
	 * the page's language (Chart.js formats with the locale), each series (or, for a doughnut, each
	 * slice) its own colour.
	 */
	public String config(String type, List<String> labels, List<Map<String, Object>> datasets, boolean stacked) {
		boolean round = type.equals("doughnut") || type.equals("pie");
		List<Map<String, Object>> coloured = new ArrayList<>();
		for (int i = 0; i < datasets.size(); i++) {
			Map<String, Object> set = new LinkedHashMap<>(datasets.get(i));
			if (round) {
				set.put("backgroundColor", java.util.stream.IntStream.range(0, labels.size()).mapToObj(n -> PALETTE.get(n % PALETTE.size())).toList());
			}
			else {
				String colour = PALETTE.get(i % PALETTE.size());
				set.put("backgroundColor", colour);
				set.put("borderColor", colour);
			}
			coloured.add(set);
		}
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", type);
		config.put("data", Map.of("labels", labels, "datasets", coloured));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("responsive", true);
		options.put("maintainAspectRatio", false);
		options.put("locale", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en-GB" : "vi-VN");
		if (!round) {
			Map<String, Object> y = new LinkedHashMap<>();
			y.put("beginAtZero", true);
			y.put("ticks", Map.of("precision", 0));
			y.put("stacked", stacked);
			Map<String, Object> scales = new LinkedHashMap<>();
			scales.put("x", Map.of("stacked", stacked));
			scales.put("y", y);
			// a series of another magnitude (participants beside courses) on its own axis at the right, so neither hides the other
			if (datasets.stream().anyMatch(d -> SECOND_AXIS.equals(d.get("yAxisID")))) {
				Map<String, Object> right = new LinkedHashMap<>();
				right.put("beginAtZero", true);
				right.put("position", "right");
				right.put("ticks", Map.of("precision", 0));
				right.put("grid", Map.of("drawOnChartArea", false));
				scales.put(SECOND_AXIS, right);
			}
			options.put("scales", scales);
		}
		config.put("options", options);
		return json.writeValueAsString(config);
	}
}
