package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.steerdesk.support.World;

/**
 * Answers given before the application runs carry the security headers too: the firewall's refusal
 * of a path it does not take, Tomcat's own answer to a request it cannot route, and an ordinary
 * page; sent over a raw socket, as a client that means harm would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steerdesk.demo=false", "steerdesk.admin-password=" + World.ADMIN_PASSWORD })
@Import(World.class)
class RefusedAnswersTests {

	@LocalServerPort
	int port;

	/** The status line and headers of the answer to a raw request line. */
	List<String> answer(String target) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			List<String> lines = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				lines.add(line);
			}
			return lines;
		}
	}

	static void assertSecured(List<String> answer) {
		String all = String.join("\n", answer).toLowerCase(java.util.Locale.ROOT);
		assertThat(all).as(String.join("\n", answer)).contains("content-security-policy: default-src 'self'")
			.contains("x-content-type-options: nosniff").contains("x-frame-options: deny");
	}

	@Test
	void theFirewallsRefusalCarriesTheSecurityHeaders() throws Exception {
		List<String> answer = answer("/org;jsessionid=x/../admin");
		assertThat(answer.get(0)).contains(" 400");
		assertSecured(answer);
	}

	@Test
	void tomcatsOwnRefusalCarriesTheSecurityHeaders() throws Exception {
		List<String> answer = answer("/%ZZ");
		assertThat(answer.get(0)).contains(" 400");
		assertSecured(answer);
	}

	@Test
	void anOrdinaryPageCarriesThem() throws Exception {
		List<String> answer = answer("/login");
		assertThat(answer.get(0)).contains(" 200");
		assertSecured(answer);
	}
}
