package org.corridor.observatory.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.geo.Placement;
import org.corridor.observatory.monitor.BatchState;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.monitor.round.RoundState;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.Category;
import org.corridor.observatory.plan.Goal;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in the user's words: a real browser visits every page the application has
 * (read from its own request mappings, so a new page without a visit here fails the
 * test), in Chinese and in English, with the DEMO data loaded, and finds in what the page
 * shows no raw code: no zone, chain, segment, tier, platform-type or goal code, no enum
 * constant (levels, statuses, roles), no "NONE", no {@code key=value} dump, no ISO
 * timestamp. Codes may be shown only as a secondary column or label marked
 * {@code class="code"}. The visible text of each page is kept in
 * {@code target/screenshots/words/} beside its screenshot.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "observatory.demo.enabled=true")
@ActiveProfiles("test")
class PlainWordsBrowserTest extends BrowserTest {

	private static final Path WORDS = Path.of("target", "screenshots", "words");

	private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern KEY_VALUE = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z_]+=[^\\s]");

	private static final Pattern UPPER_IDENTIFIER = Pattern
		.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");

	private static final Pattern SNAKE_CODE = Pattern
		.compile("(?<![A-Za-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_])");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PlanCatalog catalog;

	@Test
	void visitsEveryPageInBothLanguagesAndShowsNoRawCode() throws IOException {
		Map<String, String> samples = samples();
		assertThat(samples.keySet()).as("every page has a sample visit here").containsAll(pages());
		Set<String> codes = codes(this.catalog.current());
		List<String> found = new ArrayList<>();
		Files.createDirectories(WORDS);
		for (Map.Entry<String, String> page : samples.entrySet()) {
			for (String lang : List.of("zh_CN", "en")) {
				String path = page.getValue();
				browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
				wait(Duration.ofSeconds(20)).until((driver) -> "complete"
					.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
				boolean error = !browser.findElements(By.id("error-page")).isEmpty();
				boolean errorExpected = page.getKey().equals("/error") || page.getKey().startsWith("/notifications/");
				if (error != errorExpected) {
					found.add(path + " [" + lang + "]: " + (error ? "an error page" : "no error page"));
				}
				String text = visibleText();
				String name = page.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "." + lang;
				name = name.startsWith(".") ? "overview" + name : name;
				Files.writeString(WORDS.resolve(name + ".txt"), text);
				screenshot("words/" + name + ".png");
				for (String problem : rawCodes(text, codes)) {
					found.add(path + " [" + lang + "]: " + problem);
				}
			}
		}
		assertThat(found).as("raw codes shown to the user").isEmpty();
	}

	@Test
	void findsTheRawCodesItLooksFor() {
		Set<String> codes = Set.of("CORE_AREA", "national");
		assertThat(rawCodes("核心区 CORE_AREA", codes)).isNotEmpty();
		assertThat(rawCodes("上级 CORRIDOR_X", codes)).isNotEmpty();
		assertThat(rawCodes("区域HANGZHOU_AI_PILOT_ZONE、", codes)).isNotEmpty();
		assertThat(rawCodes("name=云计算; type=lab", codes)).isNotEmpty();
		assertThat(rawCodes("2025-01-02T03:04:05Z", codes)).isNotEmpty();
		assertThat(rawCodes("分组 NONE", codes)).isNotEmpty();
		assertThat(rawCodes("状态 under_construction", codes)).isNotEmpty();
		assertThat(rawCodes("核心区 · 国家级 · 2025-01-02 11:04 · DEMO · WGS84", codes)).isEmpty();
	}

	/**
	 * The GET pages of every page controller (the error page too), downloads left out.
	 */
	private Set<String> pages() {
		Set<String> pages = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			if (get && entry.getValue().getBeanType().isAnnotationPresent(PageController.class)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> !pattern.endsWith(".xlsx") && !pattern.endsWith(".csv")
							&& !pattern.endsWith(".zip"))
					.forEach(pages::add);
			}
		}
		return pages;
	}

	/** A saved scenario with a growth and a boundary assumption, to show in words. */
	private long scenario(Plan plan) {
		JsonNode made = this.http
			.postForObject("/api/v1/plans/" + plan.id() + "/scenarios", Map.of("name", "数字经济提速", "assumptions",
					List.of(Map.of("kind", "GROWTH", "indicator", "DIGITAL_CORE_REVENUE", "zone", "XIHU", "year", 2024,
							"rate", 15), Map.of("kind", "BOUNDARY", "zone", "LINPING", "year", 2024, "rate", 100))),
					JsonNode.class);
		return made.at("/data/id").asLong();
	}

	/** One visit per page: its pattern and a path that fills it. */
	private Map<String, String> samples() {
		Plan plan = this.catalog.current();
		String chain = plan.listItems(ItemKind.CHAIN).get(0).code();
		String platform = plan.listItems(ItemKind.PLATFORM).get(0).code();
		JsonNode firms = this.http.getForObject("/api/v1/plans/" + plan.id() + "/enterprises?limit=1", JsonNode.class);
		String uscc = firms.at("/items/0/uscc").asText();
		long round = openRound(plan);
		Map<String, String> samples = new LinkedHashMap<>();
		samples.put("/", "/");
		samples.put("/indicators/{code}", "/indicators/DIGITAL_CORE_REVENUE");
		samples.put("/indicators/{code} computed", "/indicators/NATIONAL_INNOVATION_CENTRES?year=2025");
		samples.put("/ with a district", "/?zone=XIHU");
		samples.put("/indicators/{code} forecast", "/indicators/DIGITAL_CORE_REVENUE?year=2023");
		samples.put("/foresight/backtest", "/foresight/backtest");
		samples.put("/foresight/required", "/foresight/required?zone=XIHU&year=2023");
		samples.put("/structure", "/structure");
		samples.put("/map", "/map");
		samples.put("/compare", "/compare?indicator=DIGITAL_CORE_REVENUE");
		samples.put("/compare by circle", "/compare?indicator=NATIONAL_INNOVATION_CENTRES&level=circle");
		samples.put("/zones/{code}", "/zones/XIHU");
		samples.put("/zones/{code} corridor", "/zones/" + plan.rootZone().code());
		samples.put("/platforms", "/platforms");
		samples.put("/platforms/{code}", "/platforms/" + platform);
		samples.put("/enterprises", "/enterprises");
		samples.put("/enterprises/{uscc}", "/enterprises/" + uscc);
		samples.put("/ladder", "/ladder");
		samples.put("/composite-index", "/composite-index");
		samples.put("/reports", "/reports");
		samples.put("/scenarios", "/scenarios");
		samples.put("/scenarios/{id}", "/scenarios/" + scenario(plan) + "?year=2023");
		samples.put("/chains", "/chains");
		samples.put("/chains/{code}", "/chains/" + chain);
		samples.put("/chains/{code}/landings", "/chains/" + chain + "/landings?year=2023");
		samples.put("/chains/landings", "/chains/landings?year=2023");
		samples.put("/import", "/import");
		samples.put("/targets", "/targets");
		samples.put("/rounds", "/rounds");
		samples.put("/rounds/{round}", "/rounds/" + round);
		samples.put("/rounds/{round}/zones/{zone}", "/rounds/" + round + "/zones/" + plan.rootZone().code());
		samples.put("/tasks", "/tasks");
		samples.put("/indicator-system", "/indicator-system");
		samples.put("/validation", "/validation");
		samples.put("/validation/rules", "/validation/rules");
		samples.put("/notifications/{id}", "/notifications/999999");
		samples.put("/login", "/login");
		samples.put("/audit", "/audit");
		samples.put("/audit/verify", "/audit/verify");
		samples.put("/admin/users", "/admin/users");
		samples.put("/account/tokens", "/account/tokens");
		samples.put("/error", "/no-such-page");
		return samples;
	}

	private long openRound(Plan plan) {
		Map<String, Object> opening = Map.of("year", plan.header().startYear() + 2, "title", "用词检查", "deadline",
				LocalDate.now().plusDays(30).toString(), "indicators", List.of("DIGITAL_CORE_REVENUE"), "zones",
				List.of(plan.rootZone().code()));
		JsonNode round = this.http.postForObject("/api/v1/plans/" + plan.id() + "/rounds", opening, JsonNode.class);
		return round.get("id").asLong();
	}

	/** What the page shows, without the codes it marks as secondary. */
	private static String visibleText() {
		return (String) browser.executeScript("""
				const body = document.body.cloneNode(true);
				body.querySelectorAll('.code, script, style, template').forEach((e) => e.remove());
				const box = document.createElement('div');
				box.style.position = 'absolute';
				box.style.left = '-99999px';
				box.appendChild(body);
				document.documentElement.appendChild(box);
				const text = box.innerText;
				box.remove();
				return text;""");
	}

	private static List<String> rawCodes(String text, Set<String> codes) {
		List<String> problems = new ArrayList<>();
		for (Pattern pattern : List.of(ISO_TIME, KEY_VALUE, UPPER_IDENTIFIER, SNAKE_CODE)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				problems.add(context(text, matcher.start(), matcher.end()));
			}
		}
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			if (word.group().equals("NONE") || codes.contains(word.group())) {
				problems.add(context(text, word.start(), word.end()));
			}
		}
		return problems;
	}

	private static String context(String text, int start, int end) {
		return "「" + text.substring(start, end) + "」 in …"
				+ text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replace('\n', ' ') + "…";
	}

	/**
	 * The codes a user must not see: the plan's codes and the enum constants of levels,
	 * statuses, roles and states. Lower-case codes that are English words as well (a
	 * level {@code national}) are left to the snake-case pattern.
	 */
	private static Set<String> codes(Plan plan) {
		Set<String> codes = new TreeSet<>();
		plan.listZones().stream().map(Zone::code).forEach(codes::add);
		Arrays.stream(ItemKind.values()).flatMap((k) -> plan.listItems(k).stream()).map(Item::code).forEach(codes::add);
		plan.listGoals().stream().map(Goal::code).forEach(codes::add);
		plan.listCategories().stream().map(Category::code).forEach(codes::add);
		Stream
			.of(ZoneLevel.values(), PlatformLevel.values(), PlatformStatus.values(), Status.values(),
					Attribute.values(), Role.values(), RoundState.values(), BatchState.values(), Placement.values(),
					ItemKind.values())
			.flatMap(Arrays::stream)
			.map(Enum::name)
			.forEach(codes::add);
		codes.remove("DEMO");
		codes.removeAll(englishWords(plan));
		return codes;
	}

	/** Words of the plan's English names: an acronym such as ZJU is a code and a word. */
	private static Set<String> englishWords(Plan plan) {
		Set<String> words = new TreeSet<>();
		Stream
			.concat(Arrays.stream(ItemKind.values()).flatMap((k) -> plan.listItems(k).stream()).map(Item::name),
					plan.listZones().stream().map(Zone::name))
			.forEach((name) -> WORD.matcher(name.en()).results().forEach((word) -> words.add(word.group())));
		return words;
	}

}
