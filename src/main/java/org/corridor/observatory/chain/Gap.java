package org.corridor.observatory.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.corridor.observatory.plan.LocalizedText;

/**
 * A weak point of a chain to close (补链强链), with the evidence: a segment with no firm
 * (缺链), a segment carried by one firm (单点), a weak segment (at most one star), or a chain
 * with no chain leader (缺链主).
 *
 * @param chain the chain's code
 * @param segment the segment's code, or null for a gap of the whole chain
 * @param segmentName the segment's name, or null
 * @param kind what is missing
 * @param rank its place in the chain's list, 1 first
 * @param evidence the figures that show it
 */
public record Gap(String chain, String segment, LocalizedText segmentName, Kind kind, int rank,
		LocalizedText evidence) {

	/**
	 * The chain's gaps, most serious first: empty segments, then single points, then weak
	 * segments (fewer stars, then less revenue first), then a missing chain leader.
	 */
	public static List<Gap> of(ChainFigures chain) {
		List<SegmentFigures> weak = new ArrayList<>();
		for (SegmentFigures segment : chain.segments()) {
			if (kind(segment) != null) {
				weak.add(segment);
			}
		}
		weak.sort(Comparator.comparing((SegmentFigures s) -> kind(s).ordinal())
			.thenComparingInt(SegmentFigures::stars)
			.thenComparingDouble(SegmentFigures::revenue));
		List<Gap> gaps = new ArrayList<>();
		for (SegmentFigures segment : weak) {
			gaps.add(new Gap(chain.code(), segment.code(), segment.name(), kind(segment), gaps.size() + 1,
					evidence(segment)));
		}
		if (chain.leaderCoverage() != null && chain.leaderCoverage() == 0 && chain.firms() > 0) {
			gaps.add(new Gap(chain.code(), null, null, Kind.NO_LEADER, gaps.size() + 1,
					LocalizedText.of("全链 " + chain.firms() + " 家企业中没有链主企业",
							"none of the chain's " + chain.firms() + " firms is a chain leader")));
		}
		return gaps;
	}

	/** The kind of gap a segment is, or null when it is none. */
	static Kind kind(SegmentFigures segment) {
		if (segment.firms() == 0) {
			return Kind.EMPTY;
		}
		if (segment.singlePoint()) {
			return Kind.SINGLE_POINT;
		}
		return (segment.stars() <= 1) ? Kind.WEAK : null;
	}

	private static LocalizedText evidence(SegmentFigures s) {
		if (s.firms() == 0) {
			return LocalizedText.of("该环节没有企业", "no firm in the segment");
		}
		String share = (s.topFirmShare() != null) ? String.format(Locale.ROOT, "%.0f%%", s.topFirmShare() * 100) : "—";
		String lq = (s.locationQuotient() != null) ? String.format(Locale.ROOT, "%.2f", s.locationQuotient()) : "—";
		String revenue = String.format(Locale.ROOT, "%,.0f", s.revenue());
		return LocalizedText.of(
				s.firms() + " 家企业，营业收入 " + revenue + " 万元，最大企业占 " + share + "，区位熵 " + lq + "，" + s.stars() + " 星",
				s.firms() + " firms, revenue " + revenue + " (10,000 yuan), largest firm " + share
						+ ", location quotient " + lq + ", " + s.stars() + " stars");
	}

	/** What a gap lacks. */
	public enum Kind {

		/** No firm at all (缺链). */
		EMPTY,

		/** One firm carries it (单点). */
		SINGLE_POINT,

		/** At most one star (弱链). */
		WEAK,

		/** No chain leader anywhere on the chain (缺链主). */
		NO_LEADER

	}

}
