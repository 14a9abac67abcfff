package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;

/**
 * A figure far from its own history or from its peers (异常值), flagged for the reviewer
 * with the numbers, never blocked. A number not computable (no previous year, fewer than
 * three figures, a spread of zero) is null.
 *
 * @param indicator the indicator code
 * @param zone the zone code
 * @param year the year
 * @param value the figure
 * @param previous the figure of the year before, or null
 * @param yoyPercent the change on the year before, in percent, or null
 * @param seriesMedian the median of the zone's series
 * @param seriesMad the median absolute deviation of the zone's series
 * @param seriesZ the robust z-score within the zone's series
 * @param peerMedian the median of the peer zones' figures (same level, same year)
 * @param peerMad their median absolute deviation
 * @param peerZ the robust z-score among the peers
 */
public record Outlier(String indicator, String zone, int year, BigDecimal value, BigDecimal previous, Double yoyPercent,
		Double seriesMedian, Double seriesMad, Double seriesZ, Double peerMedian, Double peerMad, Double peerZ) {

	/**
	 * What the figure stands out against: the year before when that is what flags it,
	 * else the median of the zone's series, else the peers' median.
	 */
	public BigDecimal reference() {
		if (Outliers.beyondYoy(this.yoyPercent)) {
			return this.previous;
		}
		Double median = Outliers.beyondZ(this.seriesZ) ? this.seriesMedian : this.peerMedian;
		return (median != null) ? BigDecimal.valueOf(median) : this.value;
	}

	/** The reasons it is flagged, in Chinese. */
	public String reasonZh() {
		StringBuilder reason = new StringBuilder();
		if (Outliers.beyondYoy(this.yoyPercent)) {
			reason.append("同比 ")
				.append(fmt(this.yoyPercent))
				.append("%（上年 ")
				.append(this.previous.stripTrailingZeros().toPlainString())
				.append("）；");
		}
		if (Outliers.beyondZ(this.seriesZ)) {
			reason.append("本单元历年 z=")
				.append(fmt(this.seriesZ))
				.append("（中位数 ")
				.append(fmt(this.seriesMedian))
				.append("，MAD ")
				.append(fmt(this.seriesMad))
				.append("）；");
		}
		if (Outliers.beyondZ(this.peerZ)) {
			reason.append("同级单元 z=")
				.append(fmt(this.peerZ))
				.append("（中位数 ")
				.append(fmt(this.peerMedian))
				.append("，MAD ")
				.append(fmt(this.peerMad))
				.append("）；");
		}
		return reason.toString();
	}

	/** The reasons it is flagged, in English. */
	public String reasonEn() {
		StringBuilder reason = new StringBuilder();
		if (Outliers.beyondYoy(this.yoyPercent)) {
			reason.append("year on year ")
				.append(fmt(this.yoyPercent))
				.append("% (previous ")
				.append(this.previous.stripTrailingZeros().toPlainString())
				.append("); ");
		}
		if (Outliers.beyondZ(this.seriesZ)) {
			reason.append("z within the zone's years ")
				.append(fmt(this.seriesZ))
				.append(" (median ")
				.append(fmt(this.seriesMedian))
				.append(", MAD ")
				.append(fmt(this.seriesMad))
				.append("); ");
		}
		if (Outliers.beyondZ(this.peerZ)) {
			reason.append("z among peer zones ")
				.append(fmt(this.peerZ))
				.append(" (median ")
				.append(fmt(this.peerMedian))
				.append(", MAD ")
				.append(fmt(this.peerMad))
				.append("); ");
		}
		return reason.toString();
	}

	private static String fmt(Double number) {
		return String.format(java.util.Locale.ROOT, "%.2f", number);
	}

}
