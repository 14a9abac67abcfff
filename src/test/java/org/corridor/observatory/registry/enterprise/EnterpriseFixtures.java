package org.corridor.observatory.registry.enterprise;

import java.nio.charset.Charset;

import org.corridor.observatory.registry.Uscc;

/** Valid credit codes and small enterprise files for the registry's tests. */
public final class EnterpriseFixtures {

	public static final String HEADER = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利";

	public static final String ALIBABA = "91330100716105852F";

	public static final String TENCENT = "9144030071526726XG";

	private EnterpriseFixtures() {
	}

	/** A valid code whose organisation body is the eight characters given. */
	public static String uscc(String body) {
		StringBuilder code = new StringBuilder("91330106").append(body);
		code.append(Uscc.organisationCheck(code));
		return code.append(Uscc.checkCharacterOf(code)).toString();
	}

	/**
	 * Three firms × two years: Alibaba with a Traditional name and GCJ-02 coordinates,
	 * Tencent with a Simplified name and no position, a third one located in WGS84.
	 * @param alibaba2024Revenue Alibaba's 2024 revenue, to change between imports
	 */
	public static byte[] threeFirms(String third, String alibaba2024Revenue) {
		String csv = HEADER + "\r\n" + ALIBABA + ",阿里巴巴（中國）網絡技術有限公司,I6513,AI_CHAIN,AI_INTELLIGENT_COMPUTING,"
				+ "120.0236,30.2815,gcj02,\"TECH_SME:2019-05-01~2023-12-31;LITTLE_GIANT:2021-06-30\",2023,1200000.5,18000,860,42\r\n"
				+ ALIBABA + ",阿里巴巴（中國）網絡技術有限公司,I6513,AI_CHAIN,,,,,,2024," + alibaba2024Revenue + ",19000,900,45\r\n"
				+ TENCENT + ",腾讯科技（深圳）有限公司,I6513,CLOUD_BIG_DATA_CHAIN,,,,,HIGH_TECH_X,2023,5000,,100,\r\n" + TENCENT
				+ ",腾讯科技（深圳）有限公司,I6513,,,,,,,2024,5200,,110,\r\n" + third
				+ ",杭州示例智能科技有限公司,C3961,IC_CHAIN,IC_CHIP_DESIGN,120.08,30.29,,UNICORN:2022-03-01,2023,800,120,60,3\r\n"
				+ third + ",杭州示例智能科技有限公司,C3961,,,,,,,2024,900,130,70,4\r\n";
		return csv.replace(",HIGH_TECH_X,", ",LISTED_COMPANY:2010-01-01,").getBytes(Charset.forName("GBK"));
	}

}
