package org.corridor.observatory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.tabular.CsvParser;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.SheetRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The project's district boundaries, division codes and cited anchors against the
 * independently prepared reference files ({@code districts.geojson},
 * {@code districts.csv}, {@code townships.csv}, {@code anchors.csv}), which live outside
 * the project. Tagged {@code reference-data}: the default build leaves it out, and the
 * Maven profile of that name, active where the files are, runs it with
 * {@code observatory.reference.dir} pointing at them.
 */
@Tag("reference-data")
class ReferenceDataTest {

	static final String DIRECTORY = "observatory.reference.dir";

	private static Path reference;

	private static DistrictBoundaries boundaries;

	@BeforeAll
	static void locate() {
		String directory = System.getProperty(DIRECTORY);
		if (directory == null || directory.isBlank()) {
			fail(DIRECTORY + " is not set: run with the reference-data profile (mvn -Preference-data)");
		}
		reference = Path.of(directory);
		boundaries = DistrictBoundaries.load();
	}

	@Test
	void reproducesTheReferenceConversion() throws Exception {
		List<String> table = new ArrayList<>();
		for (JsonNode feature : referenceFeatures()) {
			JsonNode properties = feature.get("properties");
			DistrictBoundary district = boundaries.find(properties.get("adcode").asText()).orElseThrow();
			Geometry expected = new GeoJsonReader(new GeometryFactory()).read(feature.get("geometry").toString());
			double expectedKm2 = GeodesicArea.km2(expected);
			assertThat(district.measuredAreaKm2()).as(district.name()).isCloseTo(expectedKm2, withinPercentage(0.5));
			assertThat(district.sourceAdcode()).isEqualTo(properties.get("source_adcode").asText());
			assertThat(district.sourceName()).isEqualTo(properties.get("source_name").asText());
			// The reference is rounded to 6 decimals (≈0.1 m): anything beyond is a
			// method difference.
			double hausdorffDeg = DiscreteHausdorffDistance.distance(district.geometry(), expected);
			assertThat(hausdorffDeg).as(district.name()).isLessThan(1e-5);
			table.add(String.format("%s %s: %.2f km² (reference %.2f, %+.3f%%), Hausdorff %.2e°", district.adcode(),
					district.name(), district.measuredAreaKm2(), expectedKm2,
					100 * (district.measuredAreaKm2() / expectedKm2 - 1), hausdorffDeg));
		}
		assertThat(table).hasSize(6);
		table.forEach(System.out::println);
	}

	/**
	 * The codes and areas the default build holds the conversion to are the reference's.
	 */
	@Test
	void committedFiguresAreTheReferenceFigures() throws Exception {
		List<String> expected = new ArrayList<>();
		for (JsonNode feature : referenceFeatures()) {
			JsonNode properties = feature.get("properties");
			JsonNode official = properties.path("area_km2_reference");
			expected.add(String.join(",", properties.get("adcode").asText(), properties.get("name").asText(),
					properties.get("source_adcode").asText(), properties.get("source_name").asText(),
					number(properties.get("area_km2_geodesic").asDouble()),
					official.isMissingNode() ? "" : number(official.asDouble())));
		}
		List<String> committed = rows(resource("geo/reference-districts.csv")).stream()
			.skip(1)
			.map((row) -> String.join(",", row.cells()))
			.toList();
		assertThat(committed).containsExactlyElementsOf(expected);
	}

	@Test
	void shipsTheReferenceDivisionCodes() throws IOException {
		List<String> districts = rows(file("districts.csv")).stream()
			.skip(1)
			.map((row) -> row.cell(0) + " " + row.cell(1) + " " + row.cell(2))
			.toList();
		assertThat(Divisions.districts()).extracting((d) -> d.code() + " " + d.name() + " " + d.parentCode())
			.containsExactlyElementsOf(districts);
		List<SheetRow> townshipRows = rows(file("townships.csv")).stream().skip(1).toList();
		assertThat(townshipRows).hasSize(90)
			.allSatisfy((row) -> assertThat(row.cell(3)).isEqualTo(row.cell(0) + "000"));
		assertThat(Divisions.townships())
			.extracting((d) -> d.code() + " " + d.name() + " " + d.parentCode() + " " + d.type())
			.containsExactlyElementsOf(townshipRows.stream()
				.map((row) -> row.cell(0) + " " + row.cell(1) + " " + row.cell(2) + " " + row.cell(5))
				.toList());
	}

	/**
	 * Every anchor whose provenance cites the data sources is a point the reference
	 * lists.
	 */
	@Test
	void citedAnchorsAreTheReferencePoints() throws IOException {
		List<String> places = rows(file("anchors.csv")).stream()
			.skip(1)
			.filter((row) -> !row.cell(1).isEmpty())
			.map((row) -> Double.parseDouble(row.cell(1)) + "," + Double.parseDouble(row.cell(2)))
			.toList();
		List<Anchor> cited = SamplePacks.corridor()
			.geometry()
			.anchors()
			.stream()
			.filter((anchor) -> anchor.provenance().en().contains("docs/data-sources.md"))
			.toList();
		assertThat(cited).extracting(Anchor::code).contains("ZJU_YUQUAN", "WESTLAKE_UNI_YUNGU");
		for (Anchor anchor : cited) {
			assertThat(anchor.crs()).isEqualTo("wgs84");
			assertThat(places).as(anchor.code()).contains(anchor.lat() + "," + anchor.lon());
		}
	}

	private static JsonNode referenceFeatures() throws IOException {
		return new ObjectMapper().readTree(file("districts.geojson").toFile()).get("features");
	}

	private static Path file(String name) {
		Path file = reference.resolve(name);
		assertThat(file).as("reference file").isRegularFile();
		return file;
	}

	private static List<SheetRow> rows(Path file) throws IOException {
		return rows(Files.readString(file, StandardCharsets.UTF_8));
	}

	private static List<SheetRow> rows(String text) {
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = CsvParser.parse(text, problems).stream().filter((row) -> !row.isBlank()).toList();
		assertThat(problems).isEmpty();
		return rows;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = ReferenceDataTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A figure as the files write it: no trailing ".0". */
	private static String number(double value) {
		String text = Double.toString(value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
