package org.steerdesk.imports.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.imports.ImportJob;
import org.steerdesk.imports.ImportJobs;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.ImportTemplates;
import org.steerdesk.imports.UnknownRegisterException;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;

/**
 * The import page: choose a register, upload, watch the dry run, see every error by row and
 * column or the counts, then confirm.
 */
@Controller
@RequestMapping("/imports")
class ImportsController {

	static final String VIEW_INDEX = "imports/index";

	private final ImportPipeline pipeline;

	private final ImportJobs jobs;

	private final ImportTemplates templates;

	ImportsController(ImportPipeline pipeline, ImportJobs jobs, ImportTemplates templates) {
		this.pipeline = pipeline;
		this.jobs = jobs;
		this.templates = templates;
	}

	@GetMapping
	String index(@RequestParam(required = false) String register, Actor actor, Model model) {
		model.addAttribute("targets", pipeline.targets().stream().filter(t -> t.mayImport(actor)).toList());
		model.addAttribute("register", register);
		return VIEW_INDEX;
	}

	@PostMapping
	String upload(@RequestParam(required = false) String register, @RequestParam(required = false) MultipartFile file,
			Actor actor, Locale locale, Model model) throws IOException {
		ImportTarget target = register == null ? null : pipeline.target(register).orElse(null);
		if (target == null || !target.mayImport(actor)) {
			model.addAttribute("registerError", "import.chooseRegister");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.chooseFile");
		}
		if (model.containsAttribute("registerError") || model.containsAttribute("fileError")) {
			return index(register, actor, model);
		}
		String id = jobs.start(register, file.getOriginalFilename(), file.getBytes(), actor, locale);
		return "redirect:/imports/jobs/" + id;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, Actor actor, Model model) {
		model.addAttribute("job", require(id, actor));
		return "imports/job";
	}

	/** The job's status alone, for htmx polling. */
	@GetMapping(value = "/jobs/{id}", headers = "HX-Request=true")
	String jobFragment(@PathVariable String id, Actor actor, Model model) {
		model.addAttribute("job", require(id, actor));
		return "imports/job :: status";
	}

	@PostMapping("/jobs/{id}/confirm")
	String confirm(@PathVariable String id, Actor actor) {
		jobs.confirm(id, actor);
		return "redirect:/imports/jobs/" + id;
	}

	@GetMapping("/templates/{register}.{format}")
	ResponseEntity<byte[]> template(@PathVariable String register, @PathVariable String format, Locale locale) {
		ImportTarget target = pipeline.target(register).orElseThrow(() -> new UnknownRegisterException(register));
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new NotFoundException("Template format " + format);
		}
		byte[] body = xlsx ? templates.xlsx(target, locale) : templates.csv(target);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(register + "." + format).build().toString())
			.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(body);
	}

	private ImportJob require(String id, Actor actor) {
		return jobs.find(id, actor).orElseThrow(() -> new NotFoundException("Import " + id));
	}
}
