package org.steerdesk.media.web;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.media.Channel;
import org.steerdesk.media.ChannelType;
import org.steerdesk.media.Channels;
import org.steerdesk.media.FeedPoller;
import org.steerdesk.media.Platform;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;

/** Channels: the list of the actor's scope, a channel's page with its feed's state, polling on demand, and the form. */
@Controller
@RequestMapping("/media/channels")
class ChannelsController {

	static final String VIEW_FORM = "media/channelForm";

	private final Channels channels;

	private final FeedPoller poller;

	private final Units units;

	private final OrgAccess access;

	private final FormPage page;

	ChannelsController(Channels channels, FeedPoller poller, Units units, OrgAccess access) {
		this.channels = channels;
		this.poller = poller;
		this.units = units;
		this.access = access;
		this.page = FormPage.of(VIEW_FORM, "media.channel.saved", code -> "/media/channels/" + code)
			.unique("code", "media.channel.exists", code -> channels.byCode(code).isPresent());
	}

	@ModelAttribute("types")
	ChannelType[] types() {
		return ChannelType.values();
	}

	@ModelAttribute("platforms")
	Platform[] platforms() {
		return Platform.values();
	}

	@GetMapping
	String list(Actor actor, Model model) {
		Channels.Listing listing = channels.listing(actor);
		model.addAttribute("channels", listing.channels());
		model.addAttribute("unitsById", listing.units());
		model.addAttribute("mayEdit", listing.mayAdd());
		return "media/channels";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		Channels.View view = channels.view(code, actor);
		model.addAttribute("channel", view.channel());
		model.addAttribute("unit", view.unit());
		model.addAttribute("mayEdit", view.mayEdit());
		return "media/channel";
	}

	@PostMapping("/{code}/poll")
	String poll(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		Channel channel = channels.require(code, Permission.EDIT_RECORDS, actor);
		FeedPoller.Outcome outcome = poller.poll(channel);
		redirect.addFlashAttribute("pollOutcome", outcome);
		return "redirect:/media/channels/" + channel.code();
	}

	@GetMapping("/new")
	String initCreationForm(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		return page.blank(new ChannelForm(), model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") ChannelForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> channels.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Actor actor, Model model) {
		Channel channel = channels.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(ChannelForm.of(channel, units.byId(channel.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @ModelAttribute("form") ChannelForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		Channel channel = channels.require(code, Permission.EDIT_RECORDS, actor);
		form.setCode(channel.code());
		return page.update(form.getCode(), result, model, redirect, () -> channels.save(form.toDraft(), actor, form.getVersion()));
	}

}
