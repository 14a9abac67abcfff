package org.corridor.observatory.registry.demo;

import java.util.List;
import java.util.Locale;

import org.corridor.observatory.registry.IndustryCode;

/**
 * The GB/T 4754-2017 classes (小类) demo firms of a chain are drawn from, with the words a
 * firm of each class puts in its name. A chain is matched by the words of its code
 * ({@code IC_CHAIN}, {@code MEDICAL_DEVICES_CHAIN}), so another pack's chains find
 * classes too; a chain no rule matches gets software classes, the commonest trade of a
 * science corridor.
 */
public final class DemoIndustries {

	public static final List<Trade> SOFTWARE = List.of(trade("6511", "软件", "信息技术"), trade("6512", "软件", "数字科技"),
			trade("6513", "网络科技", "软件", "信息科技"), trade("6519", "软件", "智能科技"), trade("6520", "微电子", "芯片设计"),
			trade("6531", "信息系统", "数据科技"));

	static final List<Trade> CIRCUITS = List.of(trade("3973", "集成电路", "半导体"), trade("3974", "光电显示", "显示科技"),
			trade("3562", "半导体设备", "精密装备"), trade("6520", "微电子", "芯片设计"));

	static final List<Trade> NETWORKS = List.of(trade("3921", "通信设备", "通信技术"), trade("3922", "智能终端", "通信科技"),
			trade("6319", "物联网科技", "通信服务"));

	static final List<Trade> LEDGERS = List.of(trade("6513", "区块链科技", "链数科技"), trade("6450", "数据服务", "云数据"));

	static final List<Trade> COMMERCE = List.of(trade("5292", "电子商务", "跨境电商"), trade("6432", "网络服务", "生活科技"));

	static final List<Trade> MEDICINE = List.of(trade("2710", "医药", "药业"), trade("2720", "制药", "药业"),
			trade("2761", "生物医药", "生物技术"), trade("3581", "医疗科技", "精准医疗"), trade("8411", "医院"));

	static final List<Trade> DEVICES = List.of(trade("3581", "医疗器械", "医疗科技"), trade("3583", "医疗器械", "生命科技"));

	static final List<Trade> EQUIPMENT = List.of(trade("3491", "机器人", "智能装备"), trade("3493", "增材制造", "三维打印"),
			trade("3411", "锅炉", "能源装备"));

	static final List<Trade> FINANCE = List.of(trade("6930", "支付科技", "支付服务"), trade("7212", "投资管理", "资产管理"));

	/** Firms in no chain: the corridor's sci-tech services and general software. */
	static final List<Trade> UNCHAINED = List.of(FINANCE.get(0), FINANCE.get(1), SOFTWARE.get(2), SOFTWARE.get(5));

	private DemoIndustries() {
	}

	/** The classes for a chain, chosen by the words of its code. */
	static List<Trade> forChain(String chainCode) {
		List<String> words = List.of(chainCode.toUpperCase(Locale.ROOT).split("_"));
		if (words.contains("IC") || has(words, "SEMI", "CHIP", "CIRCUIT")) {
			return CIRCUITS;
		}
		if (words.contains("5G") || has(words, "IOT", "MOBILE", "TELECOM")) {
			return NETWORKS;
		}
		if (has(words, "BLOCKCHAIN", "LEDGER")) {
			return LEDGERS;
		}
		if (has(words, "TRADE", "COMMERCE")) {
			return COMMERCE;
		}
		if (has(words, "DEVICE", "INSTRUMENT")) {
			return DEVICES;
		}
		if (has(words, "MEDIC", "HEALTH", "BIO", "PHARM", "LIFE", "DRUG")) {
			return MEDICINE;
		}
		if (has(words, "EQUIP", "MANUFACT", "ROBOT", "MACHIN")) {
			return EQUIPMENT;
		}
		if (has(words, "FIN", "PAY")) {
			return FINANCE;
		}
		return SOFTWARE;
	}

	/**
	 * The classes for a segment, chosen by the words of its code ({@code IC_CHIP_DESIGN},
	 * {@code DT_DIGITAL_GAMES}); a segment no rule matches gets its chain's classes.
	 */
	public static List<Trade> forSegment(String segmentCode, String chainCode) {
		List<String> words = List.of(segmentCode.toUpperCase(Locale.ROOT).split("_"));
		boolean circuits = words.contains("IC") || has(words, "SEMI", "CHIP");
		if (has(words, "DESIGN")) {
			return List.of(trade("6520", "芯片设计", "微电子"));
		}
		if (circuits && has(words, "EQUIP")) {
			return List.of(trade("3562", "半导体设备", "精密装备"));
		}
		if (has(words, "MATERIAL")) {
			return List.of(trade("3985", "电子材料", "半导体材料"));
		}
		if (circuits && has(words, "MANUFACT")) {
			return List.of(trade("3973", "集成电路", "半导体"));
		}
		if (has(words, "COMPUT")) {
			return List.of(trade("3911", "计算机", "智能计算"), trade("6519", "智能科技", "软件"));
		}
		if (has(words, "SENS")) {
			return List.of(trade("3983", "传感器", "智能感知"), trade("6450", "大数据", "数据科技"));
		}
		if (has(words, "TERMINAL")) {
			return List.of(trade("3922", "智能终端", "通信科技"));
		}
		if (has(words, "TRADING")) {
			return List.of(trade("6450", "数据交易", "数据科技"));
		}
		if (has(words, "FINANC")) {
			return List.of(trade("6930", "数字金融", "支付科技"), trade("6513", "金融科技", "区块链科技"));
		}
		if (has(words, "FILM")) {
			return List.of(trade("8730", "影视", "文化传媒"));
		}
		if (has(words, "ANIMATION")) {
			return List.of(trade("6572", "动漫", "数字娱乐"));
		}
		if (has(words, "GAME")) {
			return List.of(trade("6422", "网络游戏", "互动娱乐"));
		}
		if (has(words, "PUBLISH")) {
			return List.of(trade("8626", "数字出版", "文化传媒"));
		}
		if (has(words, "EDUCATION")) {
			return List.of(trade("6513", "教育科技", "在线教育"));
		}
		if (has(words, "ECOMMERCE", "COMMERCE")) {
			return COMMERCE;
		}
		if (has(words, "PAYMENT")) {
			return List.of(trade("6930", "支付科技", "支付服务"));
		}
		if (has(words, "OUTSOURC")) {
			return List.of(trade("6519", "软件", "信息技术"), trade("6560", "信息技术服务", "数字科技"));
		}
		if (has(words, "HEALTH")) {
			return List.of(trade("6513", "健康科技", "数字医疗"));
		}
		if (has(words, "LOGISTIC")) {
			return List.of(trade("6431", "智慧物流", "供应链科技"));
		}
		if (has(words, "BLOCKCHAIN")) {
			return LEDGERS;
		}
		if (has(words, "IOT") || has(words, "5G")) {
			return NETWORKS;
		}
		if (has(words, "APPLICATION", "SCENARIO")) {
			return List.of(trade("6513", "应用软件", "智能科技"));
		}
		return forChain(chainCode);
	}

	private static boolean has(List<String> words, String... stems) {
		for (String word : words) {
			for (String stem : stems) {
				if (word.startsWith(stem)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Fails the class load, not a benchmark hours later, when the code list lacks a
	 * class.
	 */
	private static Trade trade(String code, String... words) {
		IndustryCode industry = IndustryCode.parse(code);
		if (industry.level() != IndustryCode.Level.CLASS) {
			throw new IllegalStateException(code + " is no class of GB/T 4754-2017");
		}
		return new Trade(industry, List.of(words));
	}

	/**
	 * A class and the words a firm of it calls itself by.
	 *
	 * @param industry the class
	 * @param words trade words for names (软件, 药业)
	 */
	public record Trade(IndustryCode industry, List<String> words) {
	}

}
