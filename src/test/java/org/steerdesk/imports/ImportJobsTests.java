package org.steerdesk.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Import jobs tell the truth after races and crashes: a job moves through its states by
 * conditional updates, a stopped process's jobs are marked interrupted, files are dropped, and
 * concurrent imports of the same records never answer 500.
 */
@SteerdeskTest
class ImportJobsTests {

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	World world;

	static String unitsCsv(String prefix, int rows) {
		StringBuilder csv = new StringBuilder("code,name_vi,kind,parent_code\n").append(prefix).append("-P,Tỉnh,PROVINCE,\n");
		for (int i = 0; i < rows - 1; i++) {
			csv.append(prefix).append("-D").append(i).append(",Huyện ").append(i).append(",DISTRICT,").append(prefix).append("-P\n");
		}
		return csv.toString();
	}

	ImportJob await(String id, Actor actor, boolean dryRun) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			ImportJob job = jobs.find(id, actor).orElseThrow();
			if (job.dryRun() == dryRun && job.finished()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("job " + id + " did not finish");
	}

	@Test
	void fourConcurrentConfirmsRunOneImport() throws Exception {
		String p = World.prefix();
		Actor admin = World.system();
		String id = jobs.start("org-units", "u.csv", unitsCsv(p, 300).getBytes(StandardCharsets.UTF_8), admin, Locale.ENGLISH);
		assertThat(await(id, admin, true).confirmable()).isTrue();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					go.await();
					return mvc.perform(post("/imports/jobs/" + id + "/confirm").with(user("admin").roles("ADMIN")).with(csrf()))
						.andReturn().getResponse().getStatus();
				}));
			}
			go.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		ImportJob done = await(id, admin, false);
		assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.result().created()).isEqualTo(300);
		assertThat(units.byCode(p + "-D298")).isPresent();
		assertThat(jdbc.sql("SELECT OCTET_LENGTH(content) FROM import_jobs WHERE id = ?").param(id).query(Long.class).single())
			.as("the file is dropped once imported").isZero();
		// confirming again changes nothing and answers the job page
		mvc.perform(post("/imports/jobs/" + id + "/confirm").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
	}

	@Test
	void aJobLeftRunningByAStoppedProcessIsMarkedInterruptedAndCannotBeConfirmed() throws Exception {
		String p = World.prefix();
		Actor admin = World.system();
		String id = jobs.start("org-units", "u.csv", unitsCsv(p, 3).getBytes(StandardCharsets.UTF_8), admin, Locale.ENGLISH);
		await(id, admin, true);
		// as a process killed in the middle of the confirmed import leaves it
		jdbc.sql("UPDATE import_jobs SET dry_run = FALSE, status = 'RUNNING', runner = 'a-stopped-process', updated_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofMinutes(5)), id)
			.update();
		jobs.sweep();
		ImportJob job = jobs.find(id, admin).orElseThrow();
		assertThat(job.status()).isEqualTo(ImportJob.Status.INTERRUPTED);
		assertThat(job.finished()).isTrue();
		assertThat(jdbc.sql("SELECT OCTET_LENGTH(content) FROM import_jobs WHERE id = ?").param(id).query(Long.class).single()).isZero();
		mvc.perform(get("/imports/jobs/" + id).with(user("admin").roles("ADMIN")).header("Accept-Language", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("stopped by a server restart")));
		// a dry run that is confirmed after its process stopped is refused with a reason, not a 500
		String second = jobs.start("org-units", "u.csv", unitsCsv(p + "X", 3).getBytes(StandardCharsets.UTF_8), admin, Locale.ENGLISH);
		await(second, admin, true);
		jdbc.sql("UPDATE import_jobs SET status = 'INTERRUPTED', message = 'import.interrupted' WHERE id = ?").param(second).update();
		mvc.perform(post("/imports/jobs/" + second + "/confirm").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
	}

	@Test
	void overlappingConcurrentImportsAnswer200Or409AndStayAllOrNothing() throws Exception {
		String p = World.prefix();
		String csv = unitsCsv(p, 400);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<String> answers = new ArrayList<>();
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				futures.add(pool.submit(() -> {
					go.await();
					var response = mvc.perform(post("/api/v1/imports/org-units").with(httpBasic("admin", World.ADMIN_PASSWORD))
						.header("Accept-Language", "en").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
						.andReturn().getResponse();
					return response.getStatus() + " " + response.getContentAsString();
				}));
			}
			go.countDown();
			for (Future<String> f : futures) {
				answers.add(f.get(120, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).allMatch(a -> a.startsWith("200") || (a.startsWith("409") && a.contains("Another import")), "200 or 409");
		assertThat(answers).anyMatch(a -> a.startsWith("200"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM org_units WHERE code LIKE ?").param(p + "-%").query(Long.class).single()).isEqualTo(400);
	}
}
