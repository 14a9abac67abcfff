package org.corridor.observatory.registry;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * GB 32100-2015 checked against codes firms publish on their business licences. Sources:
 * Alibaba (China) Co., Ltd. 91330100716105852F, the brief's example; 91350100M000100Y43,
 * the usage example in gancao-web/base-tools docs/api/ts/validator/isTaxID.md (found with
 * the code search); the others are the published codes of well-known firms and bodies
 * (Tencent, Huawei, Baidu, SAIC, Xiaomi, East China Normal University, a 事业单位 with
 * registration authority 1).
 */
class UsccTest {

	static final List<String> PUBLISHED = List.of("91330100716105852F", // 阿里巴巴（中国）网络技术有限公司
			"9144030071526726XG", // 腾讯科技（深圳）有限公司
			"91440300708461136T", // 深圳市腾讯计算机系统有限公司
			"914403001922038216", // 华为技术有限公司
			"91110000802100433B", // 北京百度网讯科技有限公司
			"91310000132260250X", // 上海汽车集团股份有限公司
			"91110108551385082Q", // 小米科技有限责任公司
			"12100000425006133D", // 华东师范大学
			"91350100M000100Y43");

	@Test
	void acceptsPublishedCodes() {
		for (String code : PUBLISHED) {
			Uscc uscc = Uscc.parse(code);
			assertThat(uscc.value()).isEqualTo(code);
			assertThat(Uscc.checkCharacterOf(code)).isEqualTo(code.charAt(17));
		}
	}

	@Test
	void splitsTheCodeIntoItsParts() {
		Uscc alibaba = Uscc.parse("91330100716105852F");
		assertThat(alibaba.registrationAuthority()).isEqualTo('9');
		assertThat(alibaba.entityType()).isEqualTo('1');
		assertThat(alibaba.divisionCode()).isEqualTo("330100");
		assertThat(alibaba.organisationCode()).isEqualTo("716105852");
		assertThat(alibaba.checkCharacter()).isEqualTo('F');
	}

	@Test
	void refusesEverySingleCharacterCorruptionAtEveryPosition() {
		for (String code : PUBLISHED) {
			for (int position = 0; position < 18; position++) {
				for (char replacement : Uscc.ALPHABET.toCharArray()) {
					if (replacement == code.charAt(position)) {
						continue;
					}
					String corrupt = code.substring(0, position) + replacement + code.substring(position + 1);
					assertThatThrownBy(() -> Uscc.parse(corrupt)).as(corrupt).isInstanceOf(InvalidUsccException.class);
				}
			}
		}
	}

	@Test
	void namesTheExpectedCheckCharacter() {
		InvalidUsccException ex = catchThrowableOfType(InvalidUsccException.class,
				() -> Uscc.parse("91330100716105852G"));
		assertThat(ex.expected()).isEqualTo('F');
		assertThat(ex.zh()).contains("校验码（第 18 位）应为“F”，实为“G”");
		assertThat(ex.en()).contains("should be 'F', not 'G'");
		assertThat(ex).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void checksTheOrganisationCodeOnItsOwn() {
		// Organisation check corrupted, final check recomputed so that only GB 11714
		// fails.
		String first17 = "9133010071610585" + "3";
		String code = first17 + Uscc.checkCharacterOf(first17);
		InvalidUsccException ex = catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(code));
		assertThat(ex.expected()).isEqualTo('2');
		assertThat(ex.zh()).contains("组织机构代码");
		assertThat(Uscc.organisationCheck("91330100716105852F")).isEqualTo('2');
		assertThat(Uscc.organisationCheck("9144030071526726XG")).isEqualTo('X');
		assertThat(Uscc.organisationCheck("911100001020321266")).isEqualTo('6');
	}

	@Test
	void normalisesFullWidthAndLowerCase() {
		assertThat(Uscc.parse("９１３３０１００７１６１０５８５２Ｆ").value()).isEqualTo("91330100716105852F");
		assertThat(Uscc.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
	}

	@Test
	void explainsWhatIsWrong() {
		assertThat(reason("")).contains("为空");
		assertThat(reason("9133010071610585")).contains("应为 18 位，实为 16 位");
		assertThat(reason("9133010071610585IF")).contains("第 17 位“I”不是合法字符");
		assertThat(reason("B1330100716105852F")).contains("登记管理部门代码“B”不存在");
		assertThat(reason("9A330100716105852F")).contains("机构类别代码“A”");
		assertThat(reason("91330A00716105852F")).contains("行政区划码");
	}

	private static String reason(String code) {
		return catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(code)).zh();
	}

}
