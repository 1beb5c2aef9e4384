package org.steerdesk.training.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.training.TrainingParticipants;
import org.steerdesk.training.TrainingTrainers;

/** A course's trainers, named participants and their completion, and its materials, edited from its page. */
@Controller
@RequestMapping("/training/{code}")
class TrainingParticipantsController {

	private final TrainingParticipants participants;

	private final MessageSource messages;

	private final org.steerdesk.training.TrainingMaterials materials;

	private final TrainingTrainers trainers;

	TrainingParticipantsController(TrainingParticipants participants, MessageSource messages, org.steerdesk.training.TrainingMaterials materials,
			TrainingTrainers trainers) {
		this.participants = participants;
		this.messages = messages;
		this.materials = materials;
		this.trainers = trainers;
	}

	@PostMapping("/trainers")
	String addTrainer(@PathVariable String code, @RequestParam(required = false) String official, @RequestParam(required = false) String name,
			@RequestParam(required = false) String position, @RequestParam(required = false) String topic, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		FormSubmission.flashed(() -> trainers.add(code, official, name, position, topic, actor), redirect, "training.participantSaved",
				"trainerErrors", messages, locale);
		return "redirect:/training/" + code + "#trainers";
	}

	@PostMapping("/trainers/{id}/remove")
	String removeTrainer(@PathVariable String code, @PathVariable long id, Actor actor) {
		trainers.remove(code, id, actor);
		return "redirect:/training/" + code + "#trainers";
	}

	@PostMapping("/files")
	String addFiles(@PathVariable String code, @RequestParam(name = "files", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> files,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> materials.add(code, files, actor), redirect, "training.participantSaved", "filesErrors", messages,
				locale);
		return "redirect:/training/" + code + "#files";
	}

	@org.springframework.web.bind.annotation.GetMapping("/files/{id}")
	void file(@PathVariable String code, @PathVariable long id, Actor actor,
			jakarta.servlet.http.HttpServletResponse response) {
		materials.download(code, id, actor, response);
	}

	@PostMapping("/files/{id}/remove")
	String removeFile(@PathVariable String code, @PathVariable long id, Actor actor) {
		materials.remove(code, id, actor);
		return "redirect:/training/" + code + "#files";
	}

	@PostMapping("/participants")
	String add(@PathVariable String code, @RequestParam(required = false) String person, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		FormSubmission.flashed(() -> participants.add(code, person, actor), redirect, "training.participantSaved", "participantErrors",
				messages, locale);
		return "redirect:/training/" + code + "#participants";
	}

	@PostMapping("/participants/{id}/completed")
	String completed(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "false") boolean completed, Actor actor) {
		participants.setCompleted(code, id, completed, actor);
		return "redirect:/training/" + code + "#participants";
	}

	@PostMapping("/participants/{id}/remove")
	String remove(@PathVariable String code, @PathVariable long id, Actor actor) {
		participants.remove(code, id, actor);
		return "redirect:/training/" + code + "#participants";
	}
}
