package org.corridor.observatory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates name their WebJars without a version (/webjars/leaflet/dist/leaflet.js): the
 * server finds the file in whichever version the build brought, and writes that version
 * into the links of the page it renders.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebJarsTest {

	private static final Pattern WEBJAR = Pattern.compile("(?:src|href)=\"@?\\{?(/webjars/[^\"}]+)\\}?\"");

	private static final Pattern VERSION = Pattern.compile("/\\d+\\.\\d+\\.\\d+/");

	@Autowired
	TestRestTemplate http;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void templatesNameWebJarsWithoutAVersion() throws IOException {
		List<String> named = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.html")) {
			named.addAll(webJars(template.getContentAsString(StandardCharsets.UTF_8)));
		}
		assertThat(named)
			.contains("/webjars/leaflet/dist/leaflet.js", "/webjars/leaflet/dist/leaflet.css",
					"/webjars/echarts/dist/echarts.min.js")
			.noneMatch((url) -> VERSION.matcher(url).find());
		for (String url : named) {
			assertResolves(url);
		}
		assertThat(this.http.getForEntity("/webjars/leaflet/dist/no-such-file.js", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	/**
	 * Page links are no resource lookups: only the static paths have resource handlers,
	 * so the links a page writes are not searched for on the class path
	 * (WebConfiguration).
	 */
	@Test
	void onlyTheStaticPathsAreResourceHandlers() {
		assertThat(this.resourceUrls.getHandlerMap()).containsKeys("/webjars/**", "/css/**", "/js/**")
			.doesNotContainKey("/**");
		assertThat(this.resourceUrls.getForLookupPath("/enterprises/91330106MA2KXXXX0X")).isNull();
		assertThat(this.http.getForEntity("/css/app.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.http.getForEntity("/js/page-data.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void renderedPagesLinkToTheVersionTheBuildBrought() {
		List<String> linked = new ArrayList<>();
		for (String page : List.of("/map", "/ladder", "/platforms")) {
			linked.addAll(webJars(this.http.getForObject(page, String.class)));
		}
		assertThat(linked).isNotEmpty().allMatch((url) -> VERSION.matcher(url).find());
		linked.forEach(this::assertResolves);
	}

	private void assertResolves(String url) {
		ResponseEntity<byte[]> file = this.http.getForEntity(url, byte[].class);
		assertThat(file.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
		assertThat(file.getBody()).as(url).hasSizeGreaterThan(10_000);
	}

	private static List<String> webJars(String html) {
		List<String> urls = new ArrayList<>();
		Matcher matcher = WEBJAR.matcher(html);
		while (matcher.find()) {
			urls.add(matcher.group(1));
		}
		return urls;
	}

}
