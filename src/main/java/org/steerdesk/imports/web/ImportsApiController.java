package org.steerdesk.imports.web;

import org.steerdesk.imports.ImportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.RefusedRequestException;

/**
 * {@code POST /api/v1/imports/{register}[?dryRun=true]} (spec §4): the body is the file, or a
 * multipart form with the field {@code file}. 200 with the counts, or 422 with every error.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApiController {

	/** How long an API import waits for a free import slot before it is told to come back (503). */
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ImportPipeline pipeline;

	ImportsApiController(ImportPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@PostMapping(value = "/{register}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importForm(@PathVariable String register, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam("file") MultipartFile file, Actor actor, Locale locale) throws IOException {
		if (file.getSize() > pipeline.limits().maxBytes().toBytes()) {
			throw tooLarge();
		}
		return respond(pipeline.run(register, file.getBytes(), dryRun, actor, locale, ImportProgress.NONE, WAIT), register);
	}

	/** The raw body is read no further than the limit, whatever its Content-Length says. */
	@PostMapping("/{register}")
	ResponseEntity<?> importBody(@PathVariable String register, @RequestParam(defaultValue = "false") boolean dryRun,
			HttpServletRequest request, Actor actor, Locale locale) throws IOException {
		long max = pipeline.limits().maxBytes().toBytes();
		if (request.getContentLengthLong() > max) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		if (body.length > max) {
			throw tooLarge();
		}
		return respond(pipeline.run(register, body, dryRun, actor, locale, ImportProgress.NONE, WAIT), register);
	}

	private RefusedRequestException tooLarge() {
		return new RefusedRequestException(413, "import.tooLarge", "file", null, org.steerdesk.shared.Bounds.readable(pipeline.limits().maxBytes()));
	}

	private ResponseEntity<?> respond(ImportResult result, String register) {
		if (result.ok()) {
			return ResponseEntity.ok(new Counts(result.register(), result.dryRun(), result.rows(), result.created(),
					result.updated(), result.unchanged()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				result.errors().size() + " error(s); nothing was imported");
		problem.setTitle("Invalid import file");
		problem.setInstance(URI.create("/api/v1/imports/" + register));
		problem.setProperty("register", register);
		problem.setProperty("errors", result.errors());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The 200 body of spec §4. */
	record Counts(String register, boolean dryRun, int rows, int created, int updated, int unchanged) {
	}
}
