package org.steerdesk.web;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in headless Chromium: login and lockout, language, the org tree and its search, an
 * import with an error then a good one; axe-core finds no serious or critical violation on them.
 * Skipped where Chromium is not installed, unless STEERDESK_BROWSER_TESTS=required (as in CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steerdesk.demo=false", "steerdesk.admin-password=" + World.ADMIN_PASSWORD })
@Import(World.class)
class BrowserTests {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.steerdesk.awards.Nominations nominations;

	@Autowired
	org.steerdesk.contests.Contests contests;

	@Autowired
	org.steerdesk.contests.ContestEntries contestEntries;

	@Autowired
	World world;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && "required".equals(System.getenv("STEERDESK_BROWSER_TESTS"))) {
			throw new IllegalStateException("Chromium and ChromeDriver are required at " + CHROMIUM + " and " + CHROMEDRIVER);
		}
		assumeTrue(installed, "Chromium is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1280,1000",
				"--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void login(String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login?lang=vi"));
	}

	/** Fails on any serious or critical accessibility violation of the current page. */
	static void assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		List<String> bad = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(BrowserTests::describe)
			.toList();
		assertThat(bad).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
	}

	static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
	}

	/** The element, once present; a timeout names the page that was shown instead. */
	static org.openqa.selenium.WebElement find(By by) {
		try {
			return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + ":\n"
					+ driver.findElement(By.tagName("body")).getText(), e);
		}
	}

	/** Clicks something that loads a new page, and waits until the old page is gone. */
	void clickAndWait(By by) {
		org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
		org.openqa.selenium.WebElement target = driver.findElement(by);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
		waiting().until(d -> gone(old));
	}

	/**
	 * Whether a page's element is gone: stale, or (ChromeDriver's other answer when the page was
	 * replaced mid-call) a node that no longer belongs to the document.
	 */
	static boolean gone(org.openqa.selenium.WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@Test
	void loginShowsWrongPasswordThenTheLockoutMessage() {
		String name = world.user("VIEWER", world.tree().d1().code());
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		assertAccessible();
		for (int i = 0; i < 4; i++) {
			login(name, "wrong-password");
			assertThat(find(By.id("login-error")).getText()).contains("không đúng");
		}
		assertAccessible();
		login(name, "wrong-password");
		assertThat(find(By.id("login-locked")).getText()).contains("15 phút");
		login(name, World.PASSWORD);
		assertThat(driver.findElements(By.id("login-locked"))).isNotEmpty();
	}

	@Test
	void switchingLanguageOnAnyPage() {
		login("admin", World.ADMIN_PASSWORD);
		driver.get(url("/org"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cơ cấu tổ chức");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
		driver.findElement(By.cssSelector("a[hreflang=en]")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Organisation");
		driver.get(url("/figures"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Figures");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertAccessible();
		driver.findElement(By.cssSelector("a[hreflang=vi]")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Số liệu");
	}

	@Test
	void orgTreeAndDiacriticInsensitiveSearch() {
		World.Tree t = world.tree();
		login("admin", World.ADMIN_PASSWORD);
		driver.get(url("/org?lang=vi"));
		assertThat(find(By.id("org-tree")).getText()).contains(t.c1().nameVi());
		assertAccessible();
		driver.findElement(By.id("q")).sendKeys("xa dong tam " + t.prefix().toLowerCase());
		driver.findElement(By.cssSelector("form[role=search] button")).click();
		assertThat(find(By.id("search-results")).getText()).contains(t.c1().nameVi());
		find(By.id("search-results")).findElement(By.partialLinkText("Đồng Tâm")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(t.c1().nameVi());
		assertAccessible();
		driver.get(url("/org/units/" + t.d1().code() + "/edit"));
		assertAccessible();
	}

	@Test
	void importWithAnErrorThenAGoodFile() throws Exception {
		World.Tree t = world.tree();
		login("admin", World.ADMIN_PASSWORD);
		driver.get(url("/imports?lang=vi"));
		assertAccessible();
		Path bad = Files.createTempFile("people", ".csv");
		Files.writeString(bad, "code,full_name,unit_code\n%1$s-A,Nguyễn Văn A,%2$s\n%1$s-B,,%2$s\n".formatted(t.prefix(),
				t.d1().code()), StandardCharsets.UTF_8);
		new Select(driver.findElement(By.id("register"))).selectByValue("people");
		driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
		String errors = driver.findElement(By.id("import-errors")).getText();
		assertThat(errors).contains("3").contains("full_name").contains("Bắt buộc");
		assertAccessible();

		driver.findElement(By.linkText("Gửi tệp khác")).click();
		Path good = Files.createTempFile("people", ".csv");
		Files.writeString(good, "code,full_name,unit_code\n%1$s-A,Nguyễn Văn A,%2$s\n%1$s-B,Trần Thị B,%2$s\n"
			.formatted(t.prefix(), t.d1().code()), StandardCharsets.UTF_8);
		new Select(driver.findElement(By.id("register"))).selectByValue("people");
		driver.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-import")));
		assertThat(driver.findElement(By.id("import-counts")).getText()).contains("2");
		assertAccessible();
		driver.findElement(By.id("confirm-import")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"), "Đã nhập"));
		driver.get(url("/org/people?q=tran thi b"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Trần Thị B");
		assertAccessible();
	}

	@Test
	void mediaDrillDownFromTheFiguresPageAddsUp() {
		World.Tree t = world.tree();
		String p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,platform,unit_code\n%1$s-WEB,Trang tin,PORTAL,,%2$s\n%1$s-FB,Fanpage,SOCIAL_ACCOUNT,FACEBOOK,%2$s\n"
			.formatted(t.prefix(), t.d1().code()));
		String items = """
				url,title,kind,published_at,channel_code,unit_code
				https://%1$s.vn/a,Lễ hội Kỳ Lừa,NEWS,2023-02-01T08:00,%2$s-WEB,%3$s
				https://%1$s.vn/b,Hội chợ biên giới,VIDEO,2023-03-01T08:00,%2$s-WEB,%4$s
				https://%1$s.vn/c,Tin năm trước,NEWS,2022-03-01T08:00,%2$s-WEB,%4$s
				""".formatted(p, t.prefix(), t.d1().code(), t.c1().code());
		login("admin", World.ADMIN_PASSWORD);
		uploadAndConfirm("media-items", items);
		world.importCsv("media-metrics", "target_url,metric,value,observed_at\nhttps://%1$s.vn/a,VIEWS,1200,2023-03-01\nhttps://%1$s.vn/a,VIEWS,1500,2023-06-01\n"
			.formatted(p));
		driver.get(url("/figures?lang=vi&unit=" + t.d1().code() + "&year=2023&window=CALENDAR"));
		String table = find(By.id("figures-table")).getText();
		// figures by their label; the key, for API users, only in the label's tooltip
		assertThat(table).contains("Tin, bài đã đăng").contains("Lượt xem").contains("1.500").doesNotContain("media.items");
		assertThat(find(By.cssSelector("#figures-table [title='media.items']")).getText()).isEqualTo("Tin, bài đã đăng");
		assertAccessible();
		clickAndWait(By.cssSelector("a[href^='/media/items?unit=" + t.d1().code() + "']"));
		assertThat(find(By.id("items-total")).getText()).isEqualTo("2");
		assertThat(driver.findElement(By.id("items-table")).getText()).contains("Lễ hội Kỳ Lừa").doesNotContain("Tin năm trước");
		assertAccessible();
		driver.findElement(By.id("f-q")).sendKeys("ky lua");
		clickAndWait(By.cssSelector("form[role=search] button"));
		assertThat(find(By.id("items-total")).getText()).isEqualTo("1");
		clickAndWait(By.linkText("Lễ hội Kỳ Lừa"));
		assertThat(find(By.id("observations")).getText()).contains("1.500");
		assertAccessible();
		driver.get(url("/figures?unit=" + t.d1().code() + "&year=2023&window=CALENDAR"));
		clickAndWait(By.cssSelector("a[href^='/media/views?unit=" + t.d1().code() + "']"));
		assertThat(find(By.id("views-total")).getText()).isEqualTo("1.500");
		assertAccessible();
		driver.get(url("/media/stats?unit=" + t.d1().code() + "&from=2023-01-01&to=2023-12-31"));
		assertThat(find(By.id("stats-items")).getText()).contains("02/2023").doesNotContain("2023-02");
		assertAccessible();
		driver.get(url("/media/channels/" + t.prefix() + "-WEB"));
		assertAccessible();
	}

	@Test
	void externalFiguresDrillDownAndItsPagesAreAccessible() {
		World.Tree t = world.tree();
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%1$s-1,IN,Đoàn Quảng Tây,STUDY,2023-03-01,2023-03-02,%2$s,CN:5;VN:2
				%1$s-2,IN,Đoàn Gangwon,INVESTMENT,2023-04-01,2023-04-03,%2$s,CN:1;KR:2
				""".formatted(t.prefix(), t.d1().code()));
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%s-M,2023-05-01,ONLINE,Quảng Tây,CN,Cửa khẩu,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		login("admin", World.ADMIN_PASSWORD);
		driver.get(url("/figures?lang=vi&unit=" + t.d1().code() + "&year=2023&window=CALENDAR"));
		clickAndWait(By.cssSelector("a[href^='/external/countries?unit=" + t.d1().code() + "']"));
		assertThat(find(By.id("countries-count")).getText()).isEqualTo("2");
		assertThat(driver.findElement(By.id("countries-table")).getText()).contains("Trung Quốc").contains("Hàn Quốc");
		assertAccessible();
		clickAndWait(By.partialLinkText("Trung Quốc"));
		assertThat(find(By.id("delegations-total")).getText()).isEqualTo("2");
		assertThat(find(By.id("visitors-total")).getText()).as("visitors of that nationality").isEqualTo("6");
		assertAccessible();
		for (String path : List.of("/external", "/external/meetings?unit=" + t.d1().code(), "/external/stats?unit=" + t.d1().code()
				+ "&from=2023-01-01&to=2023-12-31", "/external/partners", "/external/delegations/" + t.prefix() + "-1",
				"/external/meetings/" + t.prefix() + "-M", "/external/delegations/new", "/external/meetings/new", "/external/partners/new")) {
			driver.get(url(path));
			assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
			assertAccessible();
		}
		driver.get(url("/external/delegations/new"));
		driver.findElement(By.id("code")).sendKeys(t.prefix() + "-X");
		driver.findElement(By.id("name")).sendKeys("Đoàn thử");
		driver.findElement(By.id("members")).sendKeys("KR:0");
		org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("main form")).submit();
		waiting().until(d -> gone(old));
		assertThat(find(By.id("members-error")).getText()).contains("từ 1 đến 10.000");
		assertAccessible();
	}

	/** Uploads a file on the import page, waits for the dry run, confirms and waits for the import. */
	void uploadAndConfirm(String register, String csv) {
		try {
			Path file = Files.createTempFile(register, ".csv");
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			driver.get(url("/imports?lang=vi"));
			new Select(driver.findElement(By.id("register"))).selectByValue(register);
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-import")));
			driver.findElement(By.id("confirm-import")).click();
			waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"), "Đã nhập"));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Draft → edit → compare → issue → download, as the committee's secretariat; every page passes axe-core. */
	@Test
	void reviewFromDraftToIssuedDocument() {
		World.Tree t = world.tree();
		String committee = t.prefix() + "-BCD";
		world.importCsv("committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				%s,Ban Chỉ đạo thông tin đối ngoại huyện %s,District committee,%s,STATE,CALENDAR,ỦY BAN NHÂN DÂN HUYỆN,BCĐ
				""".formatted(committee, t.prefix(), t.d1().code()));
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%1$s-1,IN,Đoàn Quảng Tây,STUDY,2023-03-01,2023-03-02,%2$s,CN:5;VN:2
				%1$s-2,IN,Đoàn Gangwon,INVESTMENT,2023-04-01,2023-04-03,%2$s,CN:1;KR:2
				""".formatted(t.prefix(), t.d1().code()));
		String secretariat = world.user("SECRETARIAT", t.d1().code());
		login(secretariat, World.PASSWORD);
		driver.get(url("/reviews?lang=vi"));
		assertAccessible();
		new Select(driver.findElement(By.id("committee"))).selectByValue(committee);
		driver.findElement(By.id("year")).clear();
		driver.findElement(By.id("year")).sendKeys("2023");
		clickAndWait(By.cssSelector("#create-review button[type=submit]"));
		org.openqa.selenium.WebElement figure = find(By.cssSelector("article.review-text a.figure-link[href*='direction=IN']"));
		assertThat(figure.getText()).isEqualTo("2");
		assertThat(driver.findElement(By.id("figures-table")).getText()).contains("Đoàn vào").doesNotContain("external.delegations.in");
		assertAccessible();

		clickAndWait(By.partialLinkText("Sửa nội dung"));
		assertAccessible();
		org.openqa.selenium.WebElement body = driver.findElement(By.id("body"));
		body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
		body.sendKeys("\n\nBan Thư ký bổ sung: đã đón **{external.delegations.in} đoàn** trong năm.");
		body.sendKeys("\n\nViệc tiếp theo");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"const a = arguments[0]; a.setSelectionRange(a.value.length - 14, a.value.length);", body);
		driver.findElement(By.cssSelector("button[data-prefix='- ']")).click();
		assertThat(body.getAttribute("value")).endsWith("\n- Việc tiếp theo");
		// the secretariat writes what the template left to it: issuing refuses its instructions
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[0].value.replace(/^\\*\\(.*\\)\\*$/gm, 'Ban Thư ký đã ghi nội dung.');", body);
		driver.findElement(By.id("note")).sendKeys("Bổ sung đoạn cuối");
		clickAndWait(By.cssSelector("#narrative-form button[type=submit]"));
		assertThat(find(By.cssSelector("article.review-text")).getText()).contains("Ban Thư ký bổ sung: đã đón 2 đoàn trong năm.",
				"- Việc tiếp theo");

		clickAndWait(By.partialLinkText("Các phiên bản"));
		assertThat(find(By.id("diff-table")).getText()).contains("Ban Thư ký bổ sung");
		assertAccessible();
		driver.navigate().back();

		clickAndWait(By.cssSelector("a[href$='/issue']"));
		assertAccessible();
		org.openqa.selenium.WebElement signer = driver.findElement(By.id("signerName"));
		signer.clear();
		signer.sendKeys("Hoàng Văn Nghiêm");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", driver.findElement(By.id("confirmed")));
		driver.findElement(By.cssSelector("label[for=confirmed]")).click();
		assertThat(driver.findElement(By.id("confirmed")).isSelected()).isTrue();
		clickAndWait(By.cssSelector("#issue-form button[type=submit]"));
		assertThat(find(By.tagName("main")).getText()).contains("Số: 01/BC-BCĐ").contains("Đã ban hành");
		assertThat(driver.findElements(By.cssSelector("a[href$='/edit']"))).as("an issued report cannot be edited").isEmpty();
		assertAccessible();

		for (String link : List.of("download-pdf", "download-docx")) {
			String href = driver.findElement(By.id(link)).getAttribute("href");
			@SuppressWarnings("unchecked")
			List<Object> answer = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'), b.byteLength])));
					""", href);
			assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
			assertThat((String) answer.get(1)).contains(link.endsWith("pdf") ? "application/pdf" : "wordprocessingml");
			assertThat(((Number) answer.get(2)).intValue()).isGreaterThan(3000);
		}

		driver.get(url("/reviews/templates"));
		assertAccessible();
		clickAndWait(By.cssSelector("a[href='/reviews/templates/" + committee + "/vi']"));
		driver.findElement(By.id("previewYear")).clear();
		driver.findElement(By.id("previewYear")).sendKeys("2023");
		clickAndWait(By.cssSelector("button[name=preview]"));
		assertThat(find(By.id("template-preview")).getText()).contains("2 đoàn, 8 lượt người nước ngoài");
		assertAccessible();
	}

	/** A unit's nomination, returned and resubmitted, accepted, made into a draft decision, issued, its certificates printed. */
	@Test
	void aNominationBecomesAnIssuedDecisionWithItsCertificates() {
		World.Tree t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh %s,%s,QĐ-UBND\n"
			.formatted(t.prefix(), t.prefix(), t.province().code()));
		String editor = world.user("EDITOR", t.d1().code());
		String secretariat = world.user("SECRETARIAT", t.province().code());
		String campaign = "Công tác thông tin đối ngoại năm 2023 " + t.prefix();
		// the district's editor proposes two of its people
		login(editor, World.PASSWORD);
		driver.get(url("/awards/nominations/new"));
		driver.findElement(By.id("campaign")).sendKeys(campaign);
		new Select(driver.findElement(By.id("authorityCode"))).selectByValue(t.prefix() + "-CT");
		new Select(driver.findElement(By.id("form"))).selectByValue("BANG_KHEN");
		driver.findElement(By.id("unitCode")).sendKeys(t.d1().code());
		clickAndWait(By.cssSelector("#nomination-form button[type=submit]"));
		String nomination = driver.getCurrentUrl();
		for (String[] person : new String[][] { { "Nguyễn Thị Lan", "Chuyên viên" }, { "Trần Văn Ba", "Phóng viên" } }) {
			new Select(driver.findElement(By.id("e-type"))).selectByValue("INDIVIDUAL");
			driver.findElement(By.id("e-name")).sendKeys(person[0]);
			driver.findElement(By.id("e-position")).sendKeys(person[1]);
			driver.findElement(By.id("e-unit")).sendKeys(t.d1().code());
			driver.findElement(By.id("e-achievements")).sendKeys("Nhiều tin, bài quảng bá hình ảnh địa phương");
			clickAndWait(By.cssSelector("#nominee-form button[type=submit]"));
		}
		assertThat(find(By.id("nominees-table")).getText()).contains("Nguyễn Thị Lan").contains("Trần Văn Ba");
		assertAccessible();
		clickAndWait(By.cssSelector("#submit-form button[type=submit]"));
		assertThat(find(By.id("nomination-status")).getText()).isEqualTo("Đã gửi");
		// the secretariat returns it with a reason; the unit sees why and submits again
		login(secretariat, World.PASSWORD);
		driver.get(nomination);
		driver.findElement(By.id("r-reason")).sendKeys("Bổ sung bản nhận xét của cấp ủy");
		clickAndWait(By.cssSelector("#return-form button[type=submit]"));
		login(editor, World.PASSWORD);
		driver.get(nomination);
		assertThat(find(By.id("return-reason")).getText()).isEqualTo("Bổ sung bản nhận xét của cấp ủy");
		clickAndWait(By.cssSelector("#submit-form button[type=submit]"));
		// accepted, then made into the draft decision in one step, and issued
		login(secretariat, World.PASSWORD);
		driver.get(nomination);
		clickAndWait(By.cssSelector("#accept-form button[type=submit]"));
		assertThat(find(By.id("nomination-status")).getText()).isEqualTo("Được chấp thuận");
		driver.get(url("/awards/nominations?campaign=" + t.prefix()));
		assertAccessible();
		clickAndWait(By.cssSelector("#ready-list button[type=submit]"));
		assertThat(find(By.id("recipients-table")).getText()).contains("Nguyễn Thị Lan").contains("Trần Văn Ba");
		clickAndWait(By.cssSelector("a[href$='/edit']"));
		assertAccessible();
		driver.findElement(By.id("signer")).sendKeys("Hồ Tiến Thiệu");
		clickAndWait(By.cssSelector("#decision-form button[type=submit]"));
		assertThat(find(By.id("decision-status")).getText()).isEqualTo("Dự thảo");
		assertAccessible();
		org.openqa.selenium.WebElement date = driver.findElement(By.id("i-date"));
		date.clear();
		date.sendKeys("12/12/2023");
		org.openqa.selenium.WebElement name = driver.findElement(By.id("i-name"));
		name.clear();
		name.sendKeys("Hồ Tiến Thiệu");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				driver.findElement(By.id("i-confirm")));
		driver.findElement(By.cssSelector("label[for=i-confirm]")).click();
		clickAndWait(By.cssSelector("#issue-form button[type=submit]"));
		assertThat(find(By.tagName("h1")).getText()).contains("01/QĐ-UBND");
		assertThat(find(By.id("decision-status")).getText()).isEqualTo("Đã ban hành");
		assertAccessible();
		String href = driver.findElement(By.cssSelector("a[href$='/certificates.pdf']")).getAttribute("href");
		@SuppressWarnings("unchecked")
		List<Object> answer = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'), b.byteLength])));
				""", href);
		assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
		assertThat((String) answer.get(1)).contains("application/pdf");
		assertThat(((Number) answer.get(2)).intValue()).isGreaterThan(5000);
	}

	/** A contest's pages: the secretariat's and a judge's, axe-clean; the judge's entry shows no author. */
	@Test
	void contestPagesForTheSecretariatAndAJudgeAreAccessible() {
		World.Tree t = world.tree();
		String judge = world.user("JUDGE", t.province().code());
		String code = t.prefix() + "-CL";
		contests.create(new org.steerdesk.contests.ContestDraft(code, "Cuộc thi chính luận", 2, 2022, java.time.LocalDate.of(2000, 1, 1),
				java.time.LocalDate.of(2099, 12, 31), List.of(new org.steerdesk.contests.ContestDraft.CriterionDraft("noidung", "Nội dung",
						java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)), t.province().code(), null, null, null,
				List.of(new org.steerdesk.contests.ContestDraft.PrizeDraft("Giải Nhất", 1)), null, null, null), World.system());
		contests.addJudge(code, judge, World.system());
		contestEntries.register(code, new org.steerdesk.contests.EntryDraft("E1", "Giữ vững trận địa tư tưởng",
				List.of(new org.steerdesk.contests.EntryDraft.AuthorDraft("Nguyễn Văn Tâm", t.d1().code())), t.d1().code(), null, null),
				World.system());
		login("admin", World.ADMIN_PASSWORD);
		for (String path : List.of("/contests", "/contests/new", "/contests/" + code, "/contests/entries?unit=" + t.d1().code())) {
			driver.get(url(path));
			assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
			assertAccessible();
		}
		login(judge, World.PASSWORD);
		driver.get(url("/contests/" + code));
		assertThat(driver.getCurrentUrl()).endsWith("/contests/" + code + "/judging");
		assertAccessible();
		clickAndWait(By.linkText("Giữ vững trận địa tư tưởng"));
		assertThat(find(By.tagName("main")).getText()).doesNotContain("Nguyễn Văn Tâm");
		driver.findElement(By.id("score_noidung")).sendKeys("8,5");
		clickAndWait(By.cssSelector("#score-form button[value=submit]"));
		assertThat(find(By.tagName("main")).getText()).contains("Đã gửi điểm");
		assertAccessible();
	}

	/** An entry registered by a district, scored blind by a judge, the results confirmed, and the draft decision for the winner. */
	@Test
	void anEntryBecomesConfirmedResultsAndADraftDecision() throws Exception {
		World.Tree t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,unit_code\n%s-BCD35,Ban Chỉ đạo 35 tỉnh %s,%s\n"
			.formatted(t.prefix(), t.prefix(), t.province().code()));
		String judge = world.user("JUDGE", t.province().code());
		String editor = world.user("EDITOR", t.d1().code());
		String secretariat = world.user("SECRETARIAT", t.province().code());
		String code = t.prefix() + "-CL";
		contests.create(new org.steerdesk.contests.ContestDraft(code, "Cuộc thi chính luận " + t.prefix(), 2, 2022, java.time.LocalDate.of(2000, 1, 1),
				java.time.LocalDate.of(2099, 12, 31), List.of(new org.steerdesk.contests.ContestDraft.CriterionDraft("noidung", "Nội dung",
						java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)), t.province().code(), null, null, null,
				List.of(new org.steerdesk.contests.ContestDraft.PrizeDraft("Giải Nhất", 1)), null, t.prefix() + "-BCD35", "BANG_KHEN"),
				World.system());
		contests.addJudge(code, judge, World.system());
		java.nio.file.Path file = java.nio.file.Files.createTempFile("bai-du-thi", ".docx");
		try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
			doc.createParagraph().createRun().setText("Giữ vững trận địa tư tưởng của Đảng nơi biên cương");
			doc.getProperties().getCoreProperties().setCreator("Lăng Văn Quý");
			doc.write(out);
		}
		// the district's editor registers the entry with its file
		login(editor, World.PASSWORD);
		driver.get(url("/contests/" + code));
		driver.findElement(By.id("n-code")).sendKeys("E1");
		driver.findElement(By.id("n-title")).sendKeys("Giữ vững trận địa tư tưởng");
		driver.findElement(By.id("n-unit")).sendKeys(t.d1().code());
		driver.findElement(By.id("n-authors")).sendKeys("Lăng Văn Quý");
		driver.findElement(By.id("n-file")).sendKeys(file.toString());
		clickAndWait(By.cssSelector("#entry-form button[type=submit]"));
		assertThat(find(By.id("entries-table")).getText()).contains("Lăng Văn Quý").contains("11");
		assertAccessible();
		// the judge scores it blind
		login(judge, World.PASSWORD);
		driver.get(url("/contests/" + code + "/judging"));
		clickAndWait(By.cssSelector("main table a"));
		// known by a random code, never the one its unit typed
		assertThat(find(By.tagName("main")).getText()).doesNotContain("Lăng Văn Quý").doesNotContain("E1").containsPattern("B-[2-9A-Z]{8}\\.docx");
		driver.findElement(By.id("score_noidung")).sendKeys("9");
		clickAndWait(By.cssSelector("#score-form button[value=submit]"));
		// the secretariat confirms; the winner's draft decision is waiting in the commendations
		login(secretariat, World.PASSWORD);
		driver.get(url("/contests/" + code));
		clickAndWait(By.cssSelector("#confirm-form button[type=submit]"));
		assertThat(find(By.id("contest-status")).getText()).isEqualTo("Đã xác nhận kết quả");
		assertThat(find(By.id("results-table")).getText()).contains("Giải Nhất");
		assertAccessible();
		for (int i = 0; i < 50; i++) {
			driver.get(url("/awards"));
			if (!driver.findElements(By.id("drafts-list")).isEmpty()) {
				break;
			}
			Thread.sleep(200);
		}
		clickAndWait(By.cssSelector("#drafts-list a"));
		assertThat(find(By.id("recipients-table")).getText()).contains("Lăng Văn Quý").contains("Đạt Giải Nhất Cuộc thi chính luận");
		assertAccessible();
	}

	@Test
	void pagesFitAPhoneAndTheAdministratorsMenuOneRowOnALaptop() {
		World.Tree t = world.tree();
		login("admin", World.ADMIN_PASSWORD);
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		try {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
			for (String path : List.of("/", "/media/items", "/media/stats", "/external/delegations", "/external/stats",
					"/figures?unit=" + t.province().code() + "&year=2023", "/admin/audit", "/admin/users", "/reviews", "/org/people")) {
				driver.get(url(path));
				long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
				long page = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
				// the page never scrolls sideways: wide tables scroll inside their own box
				assertThat(page).as(path + " is wider than the screen").isLessThanOrEqualTo(inner);
				assertThat(driver.findElement(By.id("main-menu")).isDisplayed()).as(path + ": the menu is collapsed").isFalse();
			}
			driver.findElement(By.cssSelector(".navbar-toggler")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
				.until(d -> d.findElement(By.cssSelector("#main-menu a[href='/reviews']")).isDisplayed());
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
			driver.get(url("/"));
			@SuppressWarnings("unchecked")
			List<Object> tops = (List<Object>) js.executeScript(
					"return Array.from(document.querySelectorAll('#main-menu > ul:first-child > li')).map(li => li.getBoundingClientRect().top)");
			// every register, figures, reviews, imports, and the organisation and administration menus
			assertThat(tops).as("the administrator's menu on one row").hasSizeGreaterThanOrEqualTo(10);
			assertThat(tops.stream().map(top -> Math.round(((Number) top).doubleValue())).distinct()).hasSize(1);
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
		}
	}

	@Test
	void mainPagesAreAccessible() {
		World.Tree t = world.tree();
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-G,CONFERENCE,Hội nghị,2023-12-12,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code\n%s-T,Lớp,STAFF,2023-05-01,2023-05-02,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		world.importCsv("award-authorities", "code,name_vi,unit_code\n%s-AU,Chủ tịch UBND tỉnh,%s\n".formatted(t.prefix(), t.province().code()));
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation
				1/%1$s,2023-05-01,%1$s-AU,BANG_KHEN,INDIVIDUAL,Người Thử,%2$s,Chuyên viên,Có thành tích xuất sắc
				1/%1$s,2023-05-01,%1$s-AU,BANG_KHEN,COLLECTIVE,Huyện Một,%2$s,,
				""".formatted(t.prefix(), t.d1().code()));
		long decision = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("SELECT id FROM award_decisions WHERE decision_number = ?").param("1/" + t.prefix()).query(Long.class).single();
		long nomination = nominations.create(new org.steerdesk.awards.NominationDraft("Đợt thử", t.prefix() + "-AU",
				org.steerdesk.awards.AwardForm.GIAY_KHEN, t.d1().code()), World.system());
		nominations.addNominee(nomination, new org.steerdesk.awards.RecipientDraft(org.steerdesk.awards.RecipientType.INDIVIDUAL, null,
				"Người Đề Nghị", "Chuyên viên", t.d1().code(), null), "Thành tích", World.system());
		login("admin", World.ADMIN_PASSWORD);
		for (String path : List.of("/", "/org/people", "/org/committees", "/org/committees/new", "/org/units/" + t.province().code(),
				"/figures?unit=" + t.province().code() + "&year=2023", "/admin/users", "/admin/users/new", "/admin/audit",
				"/profile", "/profile/password", "/media", "/media/items", "/media/shares", "/media/channels", "/media/items/new",
				"/media/channels/new", "/media/shares/new", "/gatherings", "/gatherings/new", "/gatherings/stats", "/training",
				"/training/new", "/gatherings/" + t.prefix() + "-G", "/training/" + t.prefix() + "-T", "/awards", "/awards/recipients",
				"/awards/authorities", "/awards/authorities/new", "/awards/decisions/new", "/awards/decisions/" + decision,
				"/awards/authorities/" + t.prefix() + "-AU/certificates", "/awards/nominations", "/awards/nominations/new",
				"/awards/nominations/" + nomination)) {
			driver.get(url(path));
			assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
			assertAccessible();
		}
	}
}
