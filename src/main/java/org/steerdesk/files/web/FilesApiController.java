package org.steerdesk.files.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.files.StoredFile;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;

/**
 * The files of a record through the API, for every register that carries them
 * ({@code gatherings}, {@code trainings}): listed, added (a multipart form, the parts named
 * {@code files} or {@code file}, several at once, all or none), downloaded and removed, under the
 * same rights as on the record's page. Refusals are problem details naming the field {@code files}.
 */
@RestController
@RequestMapping("/api/v1/{register}/{code}/files")
class FilesApiController {

	/** A stored file as the API shows it; {@code href} downloads it. */
	record FileJson(long id, String name, String mediaType, long size, String sha256, String addedBy, Instant addedAt, String href) {
	}

	private final Map<String, RecordFiles> registers;

	FilesApiController(List<RecordFiles> registers) {
		this.registers = registers.stream().collect(Collectors.toUnmodifiableMap(RecordFiles::register, Function.identity()));
	}

	@GetMapping
	List<FileJson> list(@PathVariable String register, @PathVariable String code, Actor actor) {
		RecordFiles files = of(register);
		return files.of(code, actor).stream().map(f -> json(register, code, f)).toList();
	}

	/** A request that is not a multipart form carries no file, and is told so (422), as an empty form is. */
	@PostMapping
	ResponseEntity<List<FileJson>> add(@PathVariable String register, @PathVariable String code,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "file", required = false) List<MultipartFile> file, Actor actor) {
		List<MultipartFile> uploads = new ArrayList<>();
		if (files != null) {
			uploads.addAll(files);
		}
		if (file != null) {
			uploads.addAll(file);
		}
		List<FileJson> added = of(register).add(code, uploads, actor).stream().map(f -> json(register, code, f)).toList();
		return ResponseEntity.status(HttpStatus.CREATED).body(added);
	}

	@GetMapping("/{id}")
	void download(@PathVariable String register, @PathVariable String code, @PathVariable long id, Actor actor,
			jakarta.servlet.http.HttpServletResponse response) {
		of(register).download(code, id, actor, response);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable String register, @PathVariable String code, @PathVariable long id, Actor actor) {
		of(register).remove(code, id, actor);
		return ResponseEntity.noContent().build();
	}

	private RecordFiles of(String register) {
		RecordFiles files = registers.get(register);
		if (files == null) {
			throw new NotFoundException("Register " + org.steerdesk.shared.Violations.shown(register));
		}
		return files;
	}

	private static FileJson json(String register, String code, StoredFile f) {
		return new FileJson(f.id(), f.name(), f.mediaType(), f.size(), f.sha256(), f.addedBy(), f.addedAt(),
				"/api/v1/" + register + "/" + org.springframework.web.util.UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8)
						+ "/files/" + f.id());
	}
}
