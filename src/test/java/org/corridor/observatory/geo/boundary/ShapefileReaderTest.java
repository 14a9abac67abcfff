package org.corridor.observatory.geo.boundary;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.GeodesicArea;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shapefile sets as Chinese desktop GIS exports them: zipped, attributes in GBK without a
 * {@code .cpg}, shells clockwise, and sometimes projected or incomplete.
 */
class ShapefileReaderTest {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Set<String> ZONES = Set.of("XIHU", "YUHANG");

	private static final Map<String, String> ADCODES = Map.of("330106", "XIHU", "330110", "YUHANG");

	/**
	 * Xihu as a clockwise 0.05° square with a counter-clockwise hole, as the format has
	 * it.
	 */
	private static final List<double[][]> XIHU = List.of(
			new double[][] { { 120.10, 30.20 }, { 120.10, 30.25 }, { 120.15, 30.25 }, { 120.15, 30.20 },
					{ 120.10, 30.20 } },
			new double[][] { { 120.12, 30.22 }, { 120.13, 30.22 }, { 120.13, 30.23 }, { 120.12, 30.23 },
					{ 120.12, 30.22 } });

	private static final List<double[][]> YUHANG = List.<double[][]>of(new double[][] { { 119.90, 30.30 },
			{ 119.90, 30.40 }, { 120.00, 30.40 }, { 120.00, 30.30 }, { 119.90, 30.30 } });

	@Test
	void readsGbkAttributesWithoutCpgAndKeepsHoles() {
		byte[] dbf = ShapefileFixture.dbf(List.of("NAME", "ADCODE"),
				List.of(List.of("西湖区", "330106"), List.of("余杭区", "330110000000")), GBK);
		BoundaryFile file = read(ShapefileFixture.set("区界", List.of(XIHU, YUHANG), dbf, ShapefileFixture.WGS84_PRJ));
		assertThat(file.format()).isEqualTo("shapefile");
		assertThat(file.features()).extracting(BoundaryFeature::zoneCode).containsExactly("XIHU", "YUHANG");
		BoundaryFeature xihu = file.features().get(0);
		assertThat(xihu.sourceName()).isEqualTo("西湖区");
		assertThat(xihu.attributes()).containsEntry("NAME", "西湖区").containsEntry("ADCODE", "330106");
		Polygon polygon = (Polygon) xihu.geometry();
		assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
		double shell = GeodesicArea.km2(polygon.getFactory().createPolygon(polygon.getExteriorRing()));
		assertThat(GeodesicArea.km2(polygon)).isCloseTo(shell * 0.96, Percentage.withPercentage(0.5));
		assertThat(file.repairs()).isEmpty();
	}

	@Test
	void usesTheCpgEncoding() {
		byte[] dbf = ShapefileFixture.dbf(List.of("名称", "zone_code"), List.of(List.of("西湖区", "XIHU")),
				StandardCharsets.UTF_8);
		Map<String, byte[]> files = ShapefileFixture.set("xihu", List.of(XIHU), dbf, null);
		files.put("xihu.cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
		BoundaryFeature xihu = read(files).features().get(0);
		assertThat(xihu.attributes()).containsEntry("名称", "西湖区");
		assertThat(xihu.sourceName()).isEqualTo("西湖区");
	}

	@Test
	void refusesAProjectedPrjNamingItAndNothingElse() {
		List<double[][]> metres = List.<double[][]>of(new double[][] { { 510000, 3340000 }, { 510000, 3345000 },
				{ 515000, 3345000 }, { 515000, 3340000 }, { 510000, 3340000 } });
		byte[] dbf = ShapefileFixture.dbf(List.of("ADCODE"), List.of(List.of("330106")), GBK);
		List<BoundaryProblem> problems = problems(
				ShapefileFixture.set("xihu", List.of(metres), dbf, ShapefileFixture.GAUSS_KRUGER_PRJ));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.value()).isEqualTo("CGCS2000_3_Degree_GK_CM_120E");
			assertThat(problem.en()).contains("projected");
		});
	}

	@Test
	void refusesAZipWithoutItsDbf() {
		byte[] dbf = ShapefileFixture.dbf(List.of("ADCODE"), List.of(List.of("330106")), GBK);
		Map<String, byte[]> files = ShapefileFixture.set("xihu", List.of(XIHU), dbf, null);
		files.remove("xihu.dbf");
		assertThat(problems(files)).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo(".dbf");
			assertThat(problem.en()).contains("lacks xihu.dbf");
		});
	}

	@Test
	void refusesATruncatedShp() {
		byte[] dbf = ShapefileFixture.dbf(List.of("ADCODE"), List.of(List.of("330106")), GBK);
		Map<String, byte[]> files = ShapefileFixture.set("xihu", List.of(XIHU), dbf, null);
		byte[] shp = files.get("xihu.shp");
		files.put("xihu.shp", Arrays.copyOf(shp, shp.length - 20));
		assertThat(problems(files)).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).contains("truncated"));
	}

	@Test
	void refusesPointShapefiles() {
		byte[] dbf = ShapefileFixture.dbf(List.of("ADCODE"), List.of(), GBK);
		Map<String, byte[]> files = ShapefileFixture.set("pts", List.of(), dbf, null);
		files.put("pts.shp", ShapefileFixture.header(1, 100));
		assertThat(problems(files)).singleElement()
			.satisfies((problem) -> assertThat(problem.en()).contains("type is 1"));
	}

	@Test
	void convertsADeclaredGcj02SetWithoutPrj() {
		byte[] dbf = ShapefileFixture.dbf(List.of("ADCODE"), List.of(List.of("330106")), GBK);
		byte[] zip = ShapefileFixture.zip(ShapefileFixture.set("xihu", List.of(XIHU), dbf, null));
		BoundaryFile file = BoundaryFileReader.read("xihu.zip", zip, Crs.GCJ02, ZONES, ADCODES);
		assertThat(file.features().get(0).geometry().getEnvelopeInternal().getMinX()).isLessThan(120.10 - 0.003);
	}

	private static BoundaryFile read(Map<String, byte[]> files) {
		return BoundaryFileReader.read("boundaries.zip", ShapefileFixture.zip(files), Crs.WGS84, ZONES, ADCODES);
	}

	private static List<BoundaryProblem> problems(Map<String, byte[]> files) {
		return assertThatExceptionOfType(BoundaryRejectedException.class).isThrownBy(() -> read(files))
			.actual()
			.problems();
	}

}
