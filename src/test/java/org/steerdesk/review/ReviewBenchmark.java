package org.steerdesk.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.steerdesk.SteerdeskApplication;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The annual review's speed targets (issue 5) at demo scale: the whole application on H2 with the
 * demo province (29,812 items, 79,563 shares, views, 45 delegations, 41 meetings in the 2022
 * window). Drafting a province-year review (figures of the year), opening the draft (the year's
 * and the previous year's figures, the narrative filled), each document of a draft (made afresh)
 * and of an issued review (as stored), and the writers alone. Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="ReviewBenchmark -f 1 -wi 2 -i 5 -w 2s -r 3s"}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class ReviewBenchmark {

	ConfigurableApplicationContext context;

	Reviews reviews;

	ReviewDocuments documents;

	Actor admin;

	long draft;

	long issued;

	ReviewView view;

	IssueForm signature;

	@Setup(Level.Trial)
	public void setUp() {
		context = new SpringApplicationBuilder(SteerdeskApplication.class).run("--spring.datasource.url=jdbc:h2:mem:reviewbench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0", "--steerdesk.demo=true",
				"--steerdesk.media.feed-polling=false", "--steerdesk.admin-password=bench-password-1", "--logging.level.root=WARN");
		reviews = context.getBean(Reviews.class);
		documents = context.getBean(ReviewDocuments.class);
		admin = DemoMode.actor();
		draft = reviews.create("BCDTTDN", 2022, "vi", admin).review().id();
		issued = reviews.list(admin).stream().filter(Review::issued).findFirst().orElseThrow().id();
		view = reviews.view(draft, admin, Locale.forLanguageTag("vi"));
		signature = reviews.issueDefaults(draft, admin);
		signature.setDate(LocalDate.of(2023, 1, 5));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		context.close();
	}

	@Benchmark
	public Reviews.Created draftProvinceYear() {
		return reviews.create("BCDTTDN", 2022, "vi", admin);
	}

	@Benchmark
	public ReviewView openDraft() {
		return reviews.view(draft, admin, Locale.forLanguageTag("vi"));
	}

	@Benchmark
	public byte[] draftDocx() {
		return reviews.document(draft, ReviewDocuments.Format.DOCX, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] draftPdf() {
		return reviews.document(draft, ReviewDocuments.Format.PDF, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] issuedPdf() {
		return reviews.document(issued, ReviewDocuments.Format.PDF, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] writeDocx() {
		return documents.write(ReviewDocuments.Format.DOCX, view, signature, "http://localhost:8080");
	}

	@Benchmark
	public byte[] writePdf() {
		return documents.write(ReviewDocuments.Format.PDF, view, signature, "http://localhost:8080");
	}
}
