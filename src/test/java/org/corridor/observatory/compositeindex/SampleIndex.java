package org.corridor.observatory.compositeindex;

import java.util.List;

import org.corridor.observatory.compositeindex.IndexDefinition.Component;
import org.corridor.observatory.compositeindex.IndexDefinition.Pillar;
import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;

/**
 * The worked example of the index tests: three zones A, B, C in one year; pillar P1
 * (weight 0.6) of X (higher is better) and Y (lower is better), equal weights; pillar P2
 * (weight 0.4) of Z (higher is better).
 *
 * <pre>
 *      X   Y   Z      targets: X 25, Y 3, Z 40
 *  A  10   4  30
 *  B  20   2  10
 *  C  30   6  20
 * </pre>
 */
final class SampleIndex {

	static final double NAN = Double.NaN;

	private SampleIndex() {
	}

	static IndexDefinition definition(Normalisation normalisation, Aggregation aggregation, MissingRule missing) {
		Pillar p1 = new Pillar("P1", LocalizedText.of("一", "One"), 0.6,
				List.of(component("X", Direction.HIGHER, 0.5, 25.0), component("Y", Direction.LOWER, 0.5, 3.0)));
		Pillar p2 = new Pillar("P2", LocalizedText.of("二", "Two"), 0.4,
				List.of(component("Z", Direction.HIGHER, 1, 40.0)));
		return new IndexDefinition("SAMPLE", LocalizedText.of("示例", "Sample"), true, LocalizedText.of("测试", "test"),
				normalisation, aggregation, missing, List.of(), List.of(p1, p2));
	}

	static Component component(String code, Direction direction, double weight, Double target) {
		return new Component(code, LocalizedText.of(code, code), direction, weight, target);
	}

	static List<FigureTable.TableZone> zones(String... codes) {
		return java.util.Arrays.stream(codes)
			.map((code) -> new FigureTable.TableZone(code, LocalizedText.of(code, code), false))
			.toList();
	}

	/** The table above; {@code bY} is B's figure of Y (NaN: missing). */
	static FigureTable table(double bY) {
		double[][][] values = { { { 10, 4, 30 } }, { { 20, bY, 10 } }, { { 30, 6, 20 } } };
		double[][] targets = { { 25, 3, 40 }, { 25, 3, 40 }, { 25, 3, 40 } };
		return new FigureTable(zones("A", "B", "C"), new int[] { 2023 }, values, targets, false);
	}

}
