package org.steerdesk.media.web;

import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Charts;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.media.Channel;
import org.steerdesk.media.Channels;
import org.steerdesk.media.Item;
import org.steerdesk.media.ItemKind;
import org.steerdesk.media.Items;
import org.steerdesk.media.Metric;
import org.steerdesk.media.MetricDraft;
import org.steerdesk.media.Metrics;
import org.steerdesk.media.Observation;
import org.steerdesk.media.Shares;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** An item's page (its shares and view history), the item form, and adding an observation. */
@Controller
@RequestMapping("/media")
class ItemsController {

	static final String VIEW_FORM = "media/itemForm";

	private final Items items;

	private final Shares shares;

	private final Metrics metrics;

	private final Channels channels;

	private final Units units;

	private final OrgAccess access;

	private final Charts charts;

	private final MessageSource messages;

	private final FormPage page;

	ItemsController(Items items, Shares shares, Metrics metrics, Channels channels, Units units, OrgAccess access, Charts charts,
			MessageSource messages) {
		this.charts = charts;
		this.messages = messages;
		this.items = items;
		this.shares = shares;
		this.metrics = metrics;
		this.channels = channels;
		this.units = units;
		this.access = access;
		this.page = FormPage.of(VIEW_FORM, "media.item.saved", url -> "/media/items/" + items.byUrl(url).orElseThrow().id())
			.unique("url", "media.item.exists", url -> items.byUrl(url).isPresent());
	}

	@ModelAttribute("kinds")
	ItemKind[] kinds() {
		return ItemKind.values();
	}

	@ModelAttribute("metrics")
	Metric[] metricValues() {
		return Metric.values();
	}

	@GetMapping("/items/{id}")
	String show(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Item item = items.require(id, Permission.READ, actor);
		List<Observation> history = metrics.history('I', item.id());
		model.addAttribute("item", item);
		model.addAttribute("channel", channels.byId(item.channelId()).orElseThrow());
		model.addAttribute("unit", units.byId(item.unitId()).orElseThrow());
		model.addAttribute("shares", shares.ofItem(item.id()));
		model.addAttribute("history", history);
		List<Observation> views = history.stream().filter(o -> o.metric() == Metric.VIEWS).toList();
		model.addAttribute("viewHistory", views);
		model.addAttribute("viewsChart", charts.config("line",
				views.stream().map(o -> o.observedAt().toLocalDate().toString()).toList(),
				List.of(Charts.dataset(messages.getMessage("media.metric.VIEWS", null, locale), views.stream().map(Observation::value).toList())),
				false));
		model.addAttribute("mayEdit", access.may(actor, Permission.EDIT_RECORDS, item.unitId()));
		return "media/item";
	}

	@PostMapping("/items/{id}/observations")
	String observe(@PathVariable long id, @RequestParam(required = false) Metric metric,
			@RequestParam(required = false) Long value,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime observedAt,
			Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		Item item = items.require(id, Permission.EDIT_RECORDS, actor);
		try {
			metrics.observe(new MetricDraft(item.url(), metric, value,
					observedAt == null ? null : ProvinceTime.at(observedAt)), actor);
		}
		catch (InvalidRecordException e) {
			model.addAttribute("observationErrors", e.violations().list());
			return show(id, actor, locale, model);
		}
		redirect.addFlashAttribute("message", "media.observation.saved");
		return "redirect:/media/items/" + id;
	}

	@GetMapping("/items/new")
	String initCreationForm(@RequestParam(required = false) String channel, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		ItemForm form = new ItemForm();
		channels.byCode(channel == null ? "" : channel).ifPresent(c -> {
			form.setChannelCode(c.code());
			form.setUnitCode(units.byId(c.unitId()).map(OrgUnit::code).orElse(null));
		});
		return page.blank(form, model);
	}

	@PostMapping("/items/new")
	String processCreationForm(@ModelAttribute("form") ItemForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getUrl(), result, model, redirect, () -> items.save(form.toDraft(), actor, null));
	}

	@GetMapping("/items/{id}/edit")
	String initUpdateForm(@PathVariable long id, Actor actor, Model model) {
		Item item = items.require(id, Permission.EDIT_RECORDS, actor);
		ItemForm form = ItemForm.of(item, channels.byId(item.channelId()).map(Channel::code).orElse(null),
				units.byId(item.unitId()).map(OrgUnit::code).orElse(null));
		model.addAttribute("itemId", id);
		return page.filled(form, model);
	}

	@PostMapping("/items/{id}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		Item item = items.require(id, Permission.EDIT_RECORDS, actor);
		form.setUrl(item.url());
		model.addAttribute("itemId", id);
		return page.update(form.getUrl(), result, model, redirect, () -> items.save(form.toDraft(), actor, form.getVersion()));
	}

}
