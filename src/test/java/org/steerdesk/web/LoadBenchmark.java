package org.steerdesk.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.steerdesk.support.BenchApplication;
import org.steerdesk.identity.Accounts;
import org.steerdesk.identity.ApiTokens;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.review.ReviewBenchmark;

/**
 * A bounded load test over loopback (issue 9): twenty clients at once for the measured time, ten
 * on the figures API of the province's 2022 window (with a personal token) and ten on the
 * province's item list (signed in); and sixteen signed-in clients on the item list alone (issue 15), the demo province's volumes on embedded H2 (or, with
 * {@code -Dbench.url=jdbc:postgresql:...}, imported into PostgreSQL). JMH reports each side's
 * requests per second and latency percentiles; at the end the run prints the answers that were not
 * 200 and the slowest health check, polled four times a second throughout. Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="LoadBenchmark -f 1 -wi 1 -w 5s -i 1 -r 30s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoadBenchmark {

	ConfigurableApplicationContext context;

	String base;

	String token;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final AtomicLong errors = new AtomicLong();

	final AtomicLong healthChecks = new AtomicLong();

	final AtomicLong healthFailures = new AtomicLong();

	final AtomicLong slowestHealthMillis = new AtomicLong();

	volatile boolean running = true;

	Thread health;

	@Setup(Level.Trial)
	public void start() throws Exception {
		context = BenchApplication.start("jdbc:h2:mem:loadbench;DB_CLOSE_DELAY=-1", true, "--server.address=127.0.0.1");
		if (BenchApplication.postgres()) {
			ReviewBenchmark.seed(context.getBean(ImportPipeline.class));
		}
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		base = "http://127.0.0.1:" + port;
		var admin = context.getBean(Accounts.class).byUsername("admin").orElseThrow();
		token = context.getBean(ApiTokens.class).create(admin.id(), admin.username(), "load test");
		health = new Thread(() -> {
			while (running) {
				long start = System.nanoTime();
				try {
					int status = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode();
					if (status != 200) {
						healthFailures.incrementAndGet();
					}
				}
				catch (Exception e) {
					healthFailures.incrementAndGet();
				}
				healthChecks.incrementAndGet();
				slowestHealthMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "health-poller");
		health.setDaemon(true);
		health.start();
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		running = false;
		health.interrupt();
		health.join(5000);
		System.out.printf("%nLoad: %d answers other than 200; health checked %d times, %d failed, slowest %d ms%n", errors.get(),
				healthChecks.get(), healthFailures.get(), slowestHealthMillis.get());
		context.close();
	}

	/** A client signed in through the login form, with its own session cookie. */
	@State(Scope.Thread)
	public static class SignedIn {

		HttpClient client;

		@Setup(Level.Trial)
		public void signIn(LoadBenchmark load) throws Exception {
			client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
			String page = client.send(HttpRequest.newBuilder(URI.create(load.base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
			String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			String form = "username=admin&password=" + BenchApplication.ADMIN_PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8);
			int status = client.send(HttpRequest.newBuilder(URI.create(load.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 302) {
				throw new IllegalStateException("sign-in answered " + status);
			}
		}
	}

	@Benchmark
	@Group("twentyClients")
	@GroupThreads(10)
	public int figuresApi() throws Exception {
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/figures?unit=LS&year=2022&window=DECREE_09"))
			.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
		return count(response);
	}

	@Benchmark
	@Group("twentyClients")
	@GroupThreads(10)
	public int itemsPage(SignedIn session) throws Exception {
		HttpResponse<byte[]> response = session.client.send(HttpRequest.newBuilder(URI.create(base + "/media/items?unit=LS"))
			.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
		return count(response);
	}

	/** Sixteen signed-in clients on the province's item list alone (issue 15's list target). */
	@Benchmark
	@Group("sixteenOnItems")
	@GroupThreads(16)
	public int itemsOnly(SignedIn session) throws Exception {
		return itemsPage(session);
	}

	private int count(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			errors.incrementAndGet();
		}
		return response.body().length;
	}
}
