package org.corridor.observatory.scenario;

import java.util.Map;

import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.platform.Platform;

/** An assumption in words, with names rather than codes, in Chinese and English. */
public final class AssumptionLabels {

	private AssumptionLabels() {
	}

	public static LocalizedText label(Plan plan, Assumption a, Map<String, Platform> platforms) {
		LocalizedText zone = zoneName(plan, a.zone());
		String rate = (a.rate() != null) ? a.rate().toPlainString() : "?";
		return switch (a.kind()) {
			case GROWTH -> {
				Indicator indicator = plan.findIndicator(a.indicator()).orElse(null);
				LocalizedText name = (indicator != null) ? indicator.name()
						: LocalizedText.of(a.indicator(), a.indicator());
				boolean points = indicator != null && Assumption.growsInPoints(indicator.unit().zh());
				yield LocalizedText.of(
						name.zh() + "（" + zone.zh() + "）自 " + a.year() + " 年起每年"
								+ (points ? "变化 " + rate + " 个百分点" : "增长 " + rate + "%"),
						name.en() + " (" + zone.en() + ") from " + a.year() + ": " + rate
								+ (points ? " percentage points a year" : " % a year"));
			}
			case LANDING -> {
				String firm = (a.candidateName() != null) ? a.candidateName() : "#" + a.candidate();
				yield LocalizedText.of(firm + " " + a.year() + " 年落地" + zone.zh(),
						firm + " lands in " + zone.en() + " in " + a.year());
			}
			case PLATFORM -> {
				Platform platform = (platforms != null) ? platforms.get(a.platform()) : null;
				String zh = (platform != null) ? platform.name() : a.platform();
				String en = (platform != null && platform.nameEn() != null) ? platform.nameEn() : zh;
				PlatformStatus stage = PlatformStatus.of(a.stage());
				LocalizedText stageName = (stage != null) ? stage.label() : LocalizedText.of(a.stage(), a.stage());
				yield LocalizedText.of(zh + " " + a.year() + " 年底前" + stageName.zh(),
						en + " " + stageName.en() + " by the end of " + a.year());
			}
			case BOUNDARY -> {
				boolean in = a.rate() != null && a.rate().signum() > 0;
				String share = (a.rate() != null) ? a.rate().abs().toPlainString() : "?";
				yield LocalizedText.of(
						"自 " + a.year() + " 年起" + zone.zh() + (in ? "按 " + share + "% 计入走廊" : "按 " + share + "% 划出走廊"),
						"from " + a.year() + ", " + share + " % of " + zone.en()
								+ (in ? " counted in the corridor" : " counted out of the corridor"));
			}
		};
	}

	static LocalizedText zoneName(Plan plan, String code) {
		if (code == null) {
			return LocalizedText.of("—", "—");
		}
		return plan.findZone(code).map(Zone::name).orElse(LocalizedText.of(code, code));
	}

}
