package org.corridor.observatory.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that asks for a missing page, or a record that does not exist, gets a page in
 * the house style, Chinese first and English with {@code ?lang=en}; API clients keep
 * their RFC 7807 problem details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class ErrorPagesTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	TestRestTemplate http;

	@Test
	void aMissingPageIsAPageInChineseFirst() {
		ResponseEntity<String> page = get("/no-such-page", BROWSER);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getBody()).contains("id=\"error-page\"", "页面不存在", "返回总览", "class=\"top\"")
			.doesNotContain("\"status\":404", "Whitelabel");
		assertThat(get("/no-such-page?lang=en", BROWSER).getBody()).contains("Page not found", "Back to the overview");
	}

	@Test
	void anUnknownRecordOnAPageIsAPageNamingIt() {
		ResponseEntity<String> page = get("/indicators/NO_SUCH_INDICATOR", BROWSER);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).contains("id=\"error-page\"", "id=\"error-detail\"", "NO_SUCH_INDICATOR");
		ResponseEntity<String> firm = get("/enterprises/91330106MA2XXXXX0X", BROWSER);
		assertThat(firm.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(firm.getBody()).contains("id=\"error-page\"");
	}

	@Test
	void badInputOnAPageIsAPageToo() {
		ResponseEntity<String> page = get("/indicators/DIGITAL_CORE_REVENUE?year=soon", BROWSER);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody()).contains("id=\"error-page\"", "请求有误");
	}

	@Test
	void apiClientsKeepProblemDetails() {
		ResponseEntity<String> refused = get("/no-such-page", MediaType.APPLICATION_JSON_VALUE);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		for (String path : List.of("/api/v1/plans/chengxi-2021/indicators/NO_SUCH_INDICATOR",
				"/indicators/NO_SUCH_INDICATOR")) {
			ResponseEntity<String> problem = get(path, MediaType.APPLICATION_JSON_VALUE);
			assertThat(problem.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(problem.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.as(path)
				.isTrue();
			assertThat(problem.getBody()).as(path).contains("\"status\":404").doesNotContain("<html");
		}
		ResponseEntity<String> api = get("/api/v1/plans/chengxi-2021/indicators/NO_SUCH_INDICATOR", BROWSER);
		assertThat(api.getBody()).contains("\"status\":404").doesNotContain("<html");
	}

	private ResponseEntity<String> get(String path, String accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, accept);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
