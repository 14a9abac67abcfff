package org.corridor.observatory.registry.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlatformsTest {

	static final Plan PLAN = SamplePacks.corridor();

	@Test
	void everyPlatformOfThePlanAppearsUnderItsOwnNameWithAHistoryFromItsStatus() {
		List<DemoPlatform> platforms = DemoEnterprises.platforms(PLAN, 9).toList();
		Map<String, DemoPlatform> byCode = platforms.stream()
			.collect(Collectors.toMap(DemoPlatform::code, Function.identity()));
		List<Item> items = PLAN.listItems(ItemKind.PLATFORM);
		assertThat(items).isNotEmpty();
		for (Item item : items) {
			DemoPlatform platform = byCode.get(item.code());
			assertThat(platform).as(item.code()).isNotNull();
			assertThat(platform.named()).isTrue();
			assertThat(platform.demo()).isTrue();
			assertThat(platform.name()).isEqualTo(item.name().zh());
			assertThat(platform.type()).isEqualTo(item.references("type").get(0));
			String first = platform.lifecycle().get(0).status();
			if (item.attribute("status") != null) {
				assertThat(first).isEqualTo(item.attribute("status"));
			}
			else {
				assertThat(first).isIn("operating", "accredited");
			}
		}
		assertThat(byCode.get("ZHIJIANG_LAB").location()).isNotNull();
		assertThat(platforms).filteredOn((platform) -> !platform.named()).hasSize(30);
	}

	@Test
	void historiesMoveForwardWithinThePlanPeriod() {
		Set<String> types = PLAN.listItems(ItemKind.PLATFORM_TYPE).stream().map(Item::code).collect(Collectors.toSet());
		for (DemoPlatform platform : DemoEnterprises.platforms(PLAN, 9, 200).toList()) {
			List<StatusChange> lifecycle = platform.lifecycle();
			assertThat(lifecycle).isNotEmpty();
			for (int i = 1; i < lifecycle.size(); i++) {
				assertThat(lifecycle.get(i).date()).isAfter(lifecycle.get(i - 1).date());
				assertThat(DemoPlatforms.STATUSES.indexOf(lifecycle.get(i).status()))
					.isEqualTo(DemoPlatforms.STATUSES.indexOf(lifecycle.get(i - 1).status()) + 1);
			}
			assertThat(lifecycle.get(lifecycle.size() - 1).date().getYear()).isLessThanOrEqualTo(2025);
			if (!platform.named()) {
				assertThat(platform.name()).startsWith("【演示】");
				assertThat(platform.code()).startsWith("DEMO_");
				assertThat(types).contains(platform.type());
				assertThat(platform.location()).isNotNull();
			}
		}
	}

	@Test
	void theSameSeedGivesTheSamePlatforms() {
		assertThat(DemoEnterprises.platforms(PLAN, 4).toList()).isEqualTo(DemoEnterprises.platforms(PLAN, 4).toList())
			.isNotEqualTo(DemoEnterprises.platforms(PLAN, 5).toList());
	}

}
