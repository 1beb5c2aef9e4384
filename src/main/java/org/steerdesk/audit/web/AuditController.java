package org.steerdesk.audit.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditFilter;
import org.steerdesk.audit.AuditLog;

/** The audit page for administrators (the security chain limits {@code /admin/**} to ADMIN). */
@Controller
class AuditController {

	static final int PAGE = 100;


	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) String key,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		var entries = audit.find(new AuditFilter(user, type, key, from == null ? null : from.atStartOfDay(ProvinceTime.zone()).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(ProvinceTime.zone()).toInstant(), before), PAGE);
		model.addAttribute("entries", entries);
		model.addAttribute("types", audit.recordTypes());
		model.addAttribute("user", user);
		model.addAttribute("type", type);
		model.addAttribute("key", key);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("nextBefore", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
		return "audit/index";
	}
}
