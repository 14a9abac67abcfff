package org.corridor.observatory.plan.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan structure page lists every zone and item of the pack, and every link on it
 * resolves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StructurePageTest {

	private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

	private static final Pattern ANCHOR_LINK = Pattern.compile("href=\"#([^\"]+)\"");

	@Autowired
	TestRestTemplate http;

	@Autowired
	PlanCatalog catalog;

	@Test
	void listsEveryZoneAndItemWithItsSourceAndNoBrokenLinks() {
		Plan plan = this.catalog.current();
		String page = this.http.getForObject("/structure?lang=zh_CN", String.class);

		Set<String> ids = all(ID.matcher(page));
		for (Zone zone : plan.listZones()) {
			assertThat(ids).contains("zone-" + zone.code());
		}
		for (ItemKind kind : ItemKind.values()) {
			for (Item item : plan.listItems(kind)) {
				assertThat(ids).as(kind + " " + item.code()).contains("item-" + item.code());
				assertThat(page).contains(item.name().zh());
			}
		}
		assertThat(all(ANCHOR_LINK.matcher(page))).isNotEmpty()
			.allSatisfy((target) -> assertThat(ids).contains(target));
		assertThat(page).contains("智能计算", "智能感知与大数据智能", "智能终端", "应用场景", "總面積約398平方公里");
	}

	@Test
	void showsEnglishNamesWhenSwitched() {
		String page = this.http.getForObject("/structure?lang=en", String.class);

		assertThat(page).contains("Plan structure", "Core area", "Ten flagship technology domains");
	}

	private static Set<String> all(Matcher matcher) {
		Set<String> found = new HashSet<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
