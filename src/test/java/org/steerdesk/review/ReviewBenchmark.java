package org.steerdesk.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.steerdesk.support.BenchApplication;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportProgress;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The annual review's speed targets (issue 5) at demo scale: the whole application on H2 with the
 * demo province (29,812 items, 79,563 shares, views, 45 delegations, 41 meetings in the 2022
 * window). Drafting a province-year review (figures of the year), opening the draft (the year's
 * and the previous year's figures, the narrative filled), each document of a draft (made afresh)
 * and of an issued review (as stored), and the writers alone. Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="ReviewBenchmark -f 1 -wi 2 -i 5 -w 2s -r 3s"}; with
 * {@code -Dbench.url=jdbc:postgresql:...} the same volumes are imported into PostgreSQL instead.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class ReviewBenchmark {

	ConfigurableApplicationContext context;

	Reviews reviews;

	ReviewIssuing issuing;

	org.steerdesk.review.ReviewNarratives narratives;

	ReviewFigures reviewFigures;

	ReviewPrinting printing;

	ReviewDocuments documents;

	Actor admin;

	long draft;

	long issued;

	ReviewView view;

	IssueForm signature;

	@Setup(Level.Trial)
	public void setUp() {
		context = BenchApplication.start("jdbc:h2:mem:reviewbench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE", true);
		if (BenchApplication.postgres()) {
			seed(context.getBean(ImportPipeline.class));
			// the steady state of a used database, as autovacuum leaves it after the load (see MediaBenchmark)
			new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class)).execute("VACUUM ANALYZE");
		}
		reviews = context.getBean(Reviews.class);
		issuing = context.getBean(ReviewIssuing.class);
		narratives = context.getBean(org.steerdesk.review.ReviewNarratives.class);
		reviewFigures = context.getBean(ReviewFigures.class);
		printing = context.getBean(ReviewPrinting.class);
		documents = context.getBean(ReviewDocuments.class);
		admin = DemoMode.actor();
		draft = reviews.create("BCDTTDN", 2022, "vi", admin).id();
		Map<String, Long> values = new HashMap<>();
		reviews.view(draft, admin, Locale.ENGLISH).figures().forEach(f -> values.put(f.key(), f.value()));
		Map<String, Long> expected = Map.of("media.items", 29_812L, "media.shares", 79_563L, "media.views", 42_060_000L,
				"external.delegations.in", 39L, "external.meetings", 41L);
		if (!values.entrySet().containsAll(expected.entrySet())) {
			throw new IllegalStateException("Not the demo's volumes: " + values);
		}
		issued = reviews.list(admin).stream().filter(Review::issued).findFirst().map(Review::id).orElseGet(() -> {
			long id = reviews.create("BCDTTDN", 2022, "vi", admin).id();
			org.steerdesk.review.NarrativeVersion latest = narratives.versions(id, admin).get(0);
			narratives.saveNarrative(id, reviews.get(id, admin).subject(),
					latest.body().replaceAll("(?m)^\\*\\(.*\\)\\*$", "Ban Thư ký đã ghi nội dung."), null, latest.number(), admin);
			IssueForm form = issuing.issueDefaults(id, admin);
			form.setDate(LocalDate.of(2023, 1, 5));
			form.setPlace("Lạng Sơn");
			form.setSignerName("Hoàng Văn Nghiêm");
			issuing.issue(id, form, admin, "http://localhost:8080");
			return id;
		});
		view = reviews.view(draft, admin, Locale.forLanguageTag("vi"));
		signature = issuing.issueDefaults(draft, admin);
		signature.setDate(LocalDate.of(2023, 1, 5));
		signature.setSignerName("Hoàng Văn Nghiêm");
	}

	/**
	 * The demo's volumes on PostgreSQL (where the demo itself never loads), through the import
	 * pipeline: 29,812 items and 79,563 shares in the 2022 window, three VIEWS observations per
	 * item summing to 42,060,000 at the window's end, 45 delegations and 41 meetings.
	 */
	public static void seed(ImportPipeline pipeline) {
		Random random = new Random(9);
		load(pipeline, "org-units", "code,name_vi,name_en,kind,parent_code,valid_from,valid_to,successor_code\nLS,Tỉnh Lạng Sơn,,PROVINCE,,,,\n");
		load(pipeline, "committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				BCDTTDN,Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,,LS,STATE,DECREE_09,ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN,BCĐTTĐN
				""");
		load(pipeline, "media-channels", "code,name,type,platform,unit_code\nWEB,Cổng thông tin,PORTAL,,LS\nFB,Fanpage,SOCIAL_ACCOUNT,FACEBOOK,LS\n");
		LocalDate first = LocalDate.of(2021, 12, 15);
		StringBuilder items = new StringBuilder("url,title,kind,published_at,channel_code,unit_code\n");
		StringBuilder views = new StringBuilder("target_url,metric,value,observed_at\n");
		long remaining = 42_060_000;
		for (int i = 0; i < 29_812; i++) {
			LocalDate day = first.plusDays(i % 365);
			items.append("https://langson.gov.vn/tin/").append(i).append(",Tin ").append(i).append(",NEWS,").append(day).append(",WEB,LS\n");
			long value = i == 29_811 ? remaining : 1_410;
			remaining -= value;
			views.append("https://langson.gov.vn/tin/").append(i).append(",VIEWS,").append(value / 4).append(',').append(day).append("T08:00\n");
			views.append("https://langson.gov.vn/tin/").append(i).append(",VIEWS,").append(value / 2).append(',').append(day.plusDays(1)).append("T08:00\n");
			views.append("https://langson.gov.vn/tin/").append(i).append(",VIEWS,").append(value).append(",2022-12-14T21:00\n");
		}
		load(pipeline, "media-items", items.toString());
		StringBuilder shares = new StringBuilder("url,channel_code,shared_at,unit_code\n");
		for (int i = 0; i < 79_563; i++) {
			shares.append("https://facebook.com/langson/posts/").append(i).append(",FB,").append(first.plusDays(random.nextInt(365)))
				.append(",LS\n");
		}
		load(pipeline, "media-shares", shares.toString());
		load(pipeline, "media-metrics", views.toString());
		StringBuilder delegations = new StringBuilder("code,direction,name,purpose,start_date,end_date,host_unit_code,members\n");
		for (int i = 0; i < 45; i++) {
			LocalDate day = first.plusDays(5 + i * 7);
			delegations.append("D-").append(i).append(',').append(i < 39 ? "IN" : "OUT").append(",Đoàn ").append(i).append(",STUDY,")
				.append(day).append(',').append(day.plusDays(1)).append(",LS,").append(i < 39 ? "CN:3;VN:1" : "VN:4").append('\n');
		}
		load(pipeline, "delegations", delegations.toString());
		StringBuilder meetings = new StringBuilder("code,date,mode,partner,country,topic,unit_code\n");
		for (int i = 0; i < 41; i++) {
			meetings.append("M-").append(i).append(',').append(first.plusDays(3 + i * 8)).append(',').append(i % 3 == 0 ? "IN_PERSON" : "ONLINE")
				.append(",Quảng Tây,CN,Hợp tác,LS\n");
		}
		load(pipeline, "meetings", meetings.toString());
	}

	private static void load(ImportPipeline pipeline, String register, String csv) {
		ImportResult result = pipeline.run(register, csv.getBytes(StandardCharsets.UTF_8), false, DemoMode.actor(), Locale.ENGLISH,
				ImportProgress.NONE);
		if (!result.ok()) {
			throw new IllegalStateException(register + ": " + result.errors().subList(0, Math.min(5, result.errors().size())));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		context.close();
	}

	/** Drafting as the API and the page do it: the review created, then its figures for the year and the year before. */
	/** Every figure of the province's 2022 window (Decree 09), as the figures API computes them. */
	@Benchmark
	public org.steerdesk.figures.FigureReport provinceFigures() {
		return context.getBean(org.steerdesk.figures.Figures.class).compute("LS",
				new org.steerdesk.shared.DateRange(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 12, 14)), admin, Locale.ENGLISH);
	}

	@Benchmark
	public ReviewFigures.YearFigures draftProvinceYear() {
		return reviewFigures.figures(reviews.create("BCDTTDN", 2022, "vi", admin), admin, Locale.forLanguageTag("vi"));
	}

	@Benchmark
	public ReviewView openDraft() {
		return reviews.view(draft, admin, Locale.forLanguageTag("vi"));
	}

	@Benchmark
	public byte[] draftDocx() {
		return printing.document(draft, org.steerdesk.documents.DocumentFormat.DOCX, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] draftPdf() {
		return printing.document(draft, org.steerdesk.documents.DocumentFormat.PDF, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] issuedPdf() {
		return printing.document(issued, org.steerdesk.documents.DocumentFormat.PDF, admin, "http://localhost:8080");
	}

	@Benchmark
	public byte[] writeDocx() {
		return documents.write(org.steerdesk.documents.DocumentFormat.DOCX, view, signature, "http://localhost:8080");
	}

	@Benchmark
	public byte[] writePdf() {
		return documents.write(org.steerdesk.documents.DocumentFormat.PDF, view, signature, "http://localhost:8080");
	}
}
