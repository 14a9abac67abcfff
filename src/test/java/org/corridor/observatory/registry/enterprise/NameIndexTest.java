package org.corridor.observatory.registry.enterprise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Random;
import java.util.TreeMap;

import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.Uscc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The index alone against the rule it stands for (the name key contains the text's key,
 * or the credit code starts with the text), checked firm by firm over a generated
 * registry: every query, both orders, from the start and from places inside the list,
 * once with matches gathered and sorted and once with the firms walked in order; cursors
 * placed back in the order; the credit codes checked as they are read.
 */
class NameIndexTest {

	private static final String[] PARTS = { "科技", "網絡", "网络", "數字", "智能", "電子", "雲", "Tech", "ＡＢＣ", "88", "（杭州）", "醫療",
			"国际", "發展", "𠀋", "A" };

	private static final String[] QUERIES = { "科", "科技", "網", "网络", "数字智", "雲", "tech", "ａｂｃ", "8", "88", "(杭州)", "医",
			"发展", "𠀋", "𠀋A", "A", "9133", "913301060", "没有", "公司3", "()", "有限公司" };

	private final TreeMap<String, String> firms = new TreeMap<>();

	NameIndexTest() {
		Random random = new Random(7);
		while (this.firms.size() < 800) {
			StringBuilder name = new StringBuilder();
			for (int p = random.nextInt(4); p >= 0; p--) {
				name.append(PARTS[random.nextInt(PARTS.length)]);
			}
			name.append("有限公司").append(random.nextInt(50));
			this.firms.put(EnterpriseFixtures.uscc(String.format("%08d", random.nextInt(99_999_999))),
					ChineseNames.key(name.toString()));
		}
	}

	@Test
	void matchesWhatTheRuleSaysInBothOrdersGatheredOrWalked() {
		for (int gatherLimit : new int[] { 0, NameIndex.GATHER_LIMIT }) {
			NameIndex index = index(gatherLimit);
			for (String text : QUERIES) {
				for (EnterpriseOrder order : EnterpriseOrder.values()) {
					List<String> expected = expected(text, order);
					List<Integer> all = ordinals(index.matches(text, order, -1));
					assertThat(all.stream().map(index::code).toList()).as("%s by %s", text, order).isEqualTo(expected);
					// From a place inside the list, as the page after a cursor starts.
					for (int from : new int[] { 0, 137, 799 }) {
						List<String> after = all.stream()
							.filter((o) -> index.place(order, o) > from)
							.map(index::code)
							.toList();
						assertThat(ordinals(index.matches(text, order, from)).stream().map(index::code).toList())
							.as("%s by %s after %d", text, order, from)
							.isEqualTo(after);
					}
				}
			}
		}
	}

	@Test
	void placesACursorOrRefersItBackWhenItsFirmMoved() {
		NameIndex index = index(NameIndex.GATHER_LIMIT);
		String code = this.firms.keySet().stream().skip(10).findFirst().orElseThrow();
		int ordinal = 10;

		assertThat(index.after(EnterpriseOrder.CODE, new String[] { code })).hasValue(ordinal);
		// a code between two firms places the page after the lower one
		assertThat(index.after(EnterpriseOrder.CODE, new String[] { code + "0" })).hasValue(ordinal);
		assertThat(index.after(EnterpriseOrder.CODE, new String[] { "0" })).hasValue(-1);
		assertThat(index.after(EnterpriseOrder.NAME, new String[] { this.firms.get(code), code }))
			.hasValue(index.place(EnterpriseOrder.NAME, ordinal));
		assertThat(index.after(EnterpriseOrder.NAME, new String[] { "改了名", code })).isEmpty();
		assertThat(index.bytes()).isPositive();
	}

	@Test
	void refusesCodesOutOfOrderOrNotEighteenCharacters() {
		NameIndex.Builder builder = new NameIndex.Builder();
		builder.add(EnterpriseFixtures.ALIBABA, "阿里", false);
		assertThatIllegalStateException().isThrownBy(() -> builder.add(EnterpriseFixtures.ALIBABA, "阿里", false));
		assertThatIllegalStateException().isThrownBy(() -> builder.add("Z", "短", false));
		assertThatIllegalStateException().isThrownBy(builder::build);
	}

	private NameIndex index(int gatherLimit) {
		NameIndex.Builder builder = new NameIndex.Builder().gatherLimit(gatherLimit);
		this.firms.forEach((code, key) -> builder.add(code, key, false));
		nameOrder().forEach(builder::ranked);
		return builder.build();
	}

	private List<String> nameOrder() {
		return this.firms.keySet()
			.stream()
			.sorted(Comparator.comparing((String code) -> this.firms.get(code))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	private List<String> expected(String text, EnterpriseOrder order) {
		String key = ChineseNames.key(text);
		String prefix = Uscc.normalise(text);
		List<String> codes = (order == EnterpriseOrder.CODE) ? new ArrayList<>(this.firms.keySet()) : nameOrder();
		return codes.stream().filter((code) -> this.firms.get(code).contains(key) || code.startsWith(prefix)).toList();
	}

	private static List<Integer> ordinals(PrimitiveIterator.OfInt matches) {
		List<Integer> found = new ArrayList<>();
		matches.forEachRemaining((int o) -> found.add(o));
		return found;
	}

}
