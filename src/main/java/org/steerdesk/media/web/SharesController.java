package org.steerdesk.media.web;

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
import org.steerdesk.media.Items;
import org.steerdesk.media.Share;
import org.steerdesk.media.Shares;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/** The share form: a share of an item (or of a unit's own post) on a social account. */
@Controller
@RequestMapping("/media/shares")
class SharesController {

	private final Shares shares;

	private final Items items;

	private final Channels channels;

	private final Units units;

	private final OrgAccess access;

	private final FormPage page;

	SharesController(Shares shares, Items items, Channels channels, Units units, OrgAccess access) {
		this.shares = shares;
		this.items = items;
		this.channels = channels;
		this.units = units;
		this.access = access;
		this.page = FormPage.of("media/shareForm", "media.share.saved", url -> "/media/shares")
			.unique("url", "media.item.exists", url -> shares.byUrl(url).isPresent());
	}

	@GetMapping("/new")
	String initShareForm(@RequestParam(required = false) Long item, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		ShareForm form = new ShareForm();
		if (item != null) {
			// only an item the user may read is named on the form
			items.byId(item).filter(i -> access.may(actor, Permission.READ, i.unitId())).ifPresent(i -> form.setItemUrl(i.url()));
		}
		return page.blank(form, model);
	}

	@PostMapping("/new")
	String processShareForm(@ModelAttribute("form") ShareForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getUrl(), result, model, redirect, () -> shares.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{id}/edit")
	String initShareUpdateForm(@PathVariable long id, Actor actor, Model model) {
		Share share = require(id, actor);
		ShareForm form = ShareForm.of(share, channels.byId(share.channelId()).map(Channel::code).orElse(null),
				units.byId(share.unitId()).map(OrgUnit::code).orElse(null),
				share.itemId() == null ? null : items.byId(share.itemId()).map(Item::url).orElse(null));
		model.addAttribute("shareId", id);
		return page.filled(form, model);
	}

	@PostMapping("/{id}/edit")
	String processShareUpdateForm(@PathVariable long id, @ModelAttribute("form") ShareForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		Share share = require(id, actor);
		form.setUrl(share.url());
		model.addAttribute("shareId", id);
		return page.update(form.getUrl(), result, model, redirect, () -> shares.save(form.toDraft(), actor, form.getVersion()));
	}

	/** The share with this id, which the actor may edit. */
	private Share require(long id, Actor actor) {
		Share share = shares.byId(id).orElseThrow(() -> new NotFoundException("Share " + id));
		access.require(actor, Permission.EDIT_RECORDS, share.unitId());
		return share;
	}
}
