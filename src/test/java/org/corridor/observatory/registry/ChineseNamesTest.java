package org.corridor.observatory.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNamesTest {

	@Test
	void matchesTraditionalAndSimplifiedSpellings() {
		assertThat(ChineseNames.key("阿里巴巴（中國）有限公司")).isEqualTo(ChineseNames.key("阿里巴巴(中国)有限公司"))
			.isEqualTo("阿里巴巴中国有限公司");
		assertThat(ChineseNames.key("杭州海康威視數字技術股份有限公司")).isEqualTo(ChineseNames.key("杭州海康威视数字技术股份有限公司"));
	}

	@Test
	void ignoresWidthCaseSpacesAndBrackets() {
		assertThat(ChineseNames.key("ＡＢＣ 科技【杭州】 有限公司")).isEqualTo(ChineseNames.key("abc科技[杭州]有限公司"))
			.isEqualTo("ABC科技杭州有限公司");
		assertThat(ChineseNames.key("\u00A0浙江　大学 ")).isEqualTo("浙江大学");
	}

	@Test
	void keepsDifferentFirmsApart() {
		assertThat(ChineseNames.key("杭州未来科技有限公司")).isNotEqualTo(ChineseNames.key("杭州未來城科技有限公司"));
	}

	@Test
	void isIdempotent() {
		String key = ChineseNames.key("臺灣積體電路製造股份有限公司");
		assertThat(key).isEqualTo("台湾积体电路制造股份有限公司");
		assertThat(ChineseNames.key(key)).isEqualTo(key);
	}

	@Test
	void convertsForDisplayInBothDirections() {
		assertThat(ChineseNames.toSimplified("阿里巴巴（中國）有限公司")).isEqualTo("阿里巴巴（中国）有限公司");
		assertThat(ChineseNames.toTraditional("华为技术有限公司（中国）")).isEqualTo("華爲技術有限公司（中國）");
		// Characters, not phrases: 里 becomes OpenCC's default 裏 even where a name means
		// the 里 of 阿里巴巴; matching keys are unaffected, display may need a person.
		assertThat(ChineseNames.toTraditional("阿里巴巴")).isEqualTo("阿裏巴巴");
		// One-to-many: 发 is 發 (to issue) or 髮 (hair); the table's first, 發, is taken.
		assertThat(ChineseNames.toTraditional("发展")).isEqualTo("發展");
	}

	@Test
	void handlesCharactersBeyondTheBasicPlane() {
		// OpenCC maps U+205E3 to U+34C6, and U+2005E to U+2003E, both outside the BMP.
		assertThat(ChineseNames.key("\uD841\uDDE3")).isEqualTo("\u34C6");
		assertThat(ChineseNames.key("\uD840\uDC5E")).isEqualTo("\uD840\uDC3E");
	}

}
