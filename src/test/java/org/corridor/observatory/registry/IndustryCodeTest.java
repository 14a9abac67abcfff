package org.corridor.observatory.registry;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.registry.IndustryCode.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IndustryCodeTest {

	@Test
	void shipsTheWholeClassification() {
		Map<Level, Long> counts = IndustryCatalogue.standard()
			.all()
			.stream()
			.collect(Collectors.groupingBy(IndustryCode::level, Collectors.counting()));
		assertThat(counts).containsEntry(Level.SECTION, 20L)
			.containsEntry(Level.DIVISION, 97L)
			.containsEntry(Level.GROUP, 473L)
			// Published totals differ (1380 in the 2017 text, 1382 after the 2019
			// amendment by some counts); both machine-readable lists checked hold 1381.
			.containsEntry(Level.CLASS, 1381L);
	}

	@Test
	void knowsTheClassesTheCorridorCaresAbout() {
		assertThat(IndustryCode.parse("6513").name()).isEqualTo("应用软件开发");
		assertThat(IndustryCode.parse("6511").name()).isEqualTo("基础软件开发");
		assertThat(IndustryCode.parse("3973").name()).isEqualTo("集成电路制造");
		assertThat(IndustryCode.parse("2710").name()).isEqualTo("化学药品原料药制造");
		assertThat(IndustryCode.parse("3741").name()).isEqualTo("飞机制造");
	}

	@Test
	void readsCodesWithOrWithoutTheirSection() {
		IndustryCode software = IndustryCode.parse("I6513");
		assertThat(software).isEqualTo(IndustryCode.parse("6513")).isEqualTo(IndustryCode.parse(" ｉ６５１３ "));
		assertThat(software.level()).isEqualTo(Level.CLASS);
		assertThat(software.section()).isEqualTo("I");
		assertThat(software.qualified()).isEqualTo("I6513");
		assertThat(software.parent().name()).isEqualTo("软件开发");
		assertThat(software.division().code()).isEqualTo("65");
		assertThat(software.ancestor(Level.DIVISION).name()).isEqualTo("软件和信息技术服务业");
		assertThat(software.ancestor(Level.SECTION).name()).isEqualTo("信息传输、软件和信息技术服务业");
		assertThat(IndustryCode.parse("C").level()).isEqualTo(Level.SECTION);
		assertThat(IndustryCode.parse("39").name()).isEqualTo("计算机、通信和其他电子设备制造业");
	}

	@Test
	void everyCategoryNestsInItsParent() {
		Map<String, IndustryCode> byCode = IndustryCatalogue.standard()
			.all()
			.stream()
			.collect(Collectors.toMap(IndustryCode::code, Function.identity()));
		for (IndustryCode code : byCode.values()) {
			if (code.level() == Level.SECTION) {
				assertThat(code.parentCode()).isNull();
				continue;
			}
			IndustryCode parent = byCode.get(code.parentCode());
			assertThat(parent.level().ordinal()).as(code.code()).isEqualTo(code.level().ordinal() - 1);
			assertThat(parent.section()).isEqualTo(code.section());
			if (code.level() != Level.DIVISION) {
				assertThat(code.code()).startsWith(parent.code());
			}
		}
	}

	@Test
	void refusesUnknownAndMisplacedCodes() {
		assertThat(reason("6518")).contains("没有行业代码 6518");
		assertThat(reason("C6513")).contains("属于门类 I，不属于门类 C");
		assertThat(reason("65x3")).contains("格式不对");
		assertThat(reason("")).contains("为空");
		// Excel drops the leading zero of 0190 if the column is not text.
		assertThat(reason("190")).contains("0190");
		assertThatThrownBy(() -> IndustryCode.parse("99999")).isInstanceOf(IllegalArgumentException.class);
	}

	private static String reason(String text) {
		return catchThrowableOfType(InvalidValueException.class, () -> IndustryCode.parse(text)).zh();
	}

}
