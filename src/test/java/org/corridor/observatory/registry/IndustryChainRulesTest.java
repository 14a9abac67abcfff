package org.corridor.observatory.registry;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The industry-code rules of the default pack's chain segments name categories of GB/T
 * 4754-2017 that exist, under the section letter they are written with.
 */
class IndustryChainRulesTest {

	@Test
	void everyIndustryPrefixOfTheDefaultPackNamesAnExistingCode() {
		Plan plan = SamplePacks.corridor();
		int prefixes = 0;
		for (Item segment : plan.listItems(ItemKind.SEGMENT)) {
			for (String prefix : segment.references("industries")) {
				IndustryCode code = IndustryCatalogue.standard().find(prefix);
				assertThat(code).as("%s: %s", segment.code(), prefix).isNotNull();
				assertThat(code.level()).as("%s: %s", segment.code(), prefix).isNotEqualTo(IndustryCode.Level.SECTION);
				prefixes++;
			}
		}
		assertThat(prefixes).isGreaterThan(40);
	}

}
