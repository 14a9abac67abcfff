package org.corridor.observatory.registry.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names for demo firms and platforms, built the way registered names are: a place, a
 * brand (字号), a trade and the legal form, as in 【演示】西溪启明网络科技有限公司. Every name starts with
 * {@link #MARK}, because a demo firm must never pass for a real one wherever its name is
 * shown, copied or exported, with or without the DEMO label beside it.
 */
public final class DemoNames {

	/** The prefix every demo name carries. */
	public static final String MARK = "【演示】";

	private static final String[] PLACES = { "西溪", "余杭", "良渚", "闲林", "五常", "仓前", "青山", "临安", "富阳", "德清", "紫金", "之江",
			"云谷", "未来", "西湖", "滨江", "莫干", "南湖", "玉泉", "留下", "三墩", "蒋村", "瓶窑", "闲湖", "中泰", "径山", "锦城", "於潜", "银湖", "富春",
			"武康", "乾元", "小和山", "双浦", "转塘", "钱塘", "天目", "苕溪", "西岭", "城西" };

	private static final String[] BRANDS = { "启明", "恒信", "博睿", "云帆", "数澜", "星辰", "智远", "思创", "睿达", "瑞康", "鼎盛", "汇通",
			"远景", "华策", "嘉禾", "立德", "卓越", "明途", "新程", "海纳", "聚能", "领航", "开元", "天衡", "致知", "格物", "鸿鹄", "凌云", "灵犀", "拓维",
			"安澜", "正和", "朗新", "慧眼", "清源", "同舟", "弘毅", "知行", "乐善", "长风", "逐光", "沃土", "青禾", "墨子", "方圆", "融创", "微澜", "若水",
			"云栖", "峰岚", "泽润", "晨曦", "极光", "深蓝", "量衡", "元象", "观澜", "溪谷", "九章", "千里" };

	private static final String[] THEMES = { "智能计算", "微纳制造", "生物医药", "数字金融", "区块链", "工业互联网", "先进材料", "量子信息", "精准医疗",
			"智能感知", "数据安全", "航空航天", "智能装备", "数字贸易", "类脑芯片", "未来网络" };

	private DemoNames() {
	}

	static String place(SplittableRandom random) {
		return PLACES[random.nextInt(PLACES.length)];
	}

	/** A firm's name: place, brand, one of its trade's words and 有限公司. */
	static String firm(SplittableRandom random, List<String> tradeWords) {
		String trade = tradeWords.get(random.nextInt(tradeWords.size()));
		String form = (random.nextInt(10) == 0) ? "股份有限公司" : "有限公司";
		return MARK + place(random) + BRANDS[random.nextInt(BRANDS.length)] + trade + form;
	}

	/**
	 * The name of a firm outside the corridor: its city, a brand, one of its trade's
	 * words and the legal form, as in 【演示】深圳启明芯片设计有限公司.
	 */
	public static String firmIn(SplittableRandom random, String city, List<String> tradeWords) {
		String trade = tradeWords.get(random.nextInt(tradeWords.size()));
		String form = (random.nextInt(8) == 0) ? "股份有限公司" : "有限公司";
		return MARK + city + BRANDS[random.nextInt(BRANDS.length)] + trade + form;
	}

	/**
	 * A platform's name: place, research theme and the type's own name, which already
	 * says what it is (实验室, 研究院, 中心); the few type names that read oddly after a theme
	 * are replaced.
	 */
	static String platform(SplittableRandom random, String typeName) {
		String kind = switch (typeName) {
			case "高校" -> "学院";
			case "行业组织" -> "产业协会";
			case "战略合作机构" -> "合作研究中心";
			default -> typeName;
		};
		return MARK + place(random) + THEMES[random.nextInt(THEMES.length)] + kind;
	}

}
