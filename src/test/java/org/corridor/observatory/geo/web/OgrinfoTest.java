package org.corridor.observatory.geo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.geo.ZoneShapes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real GIS client reads the service: GDAL's OAPIF driver, the one QGIS uses, lists the
 * collections as layers and walks every page of a collection. Needs {@code ogrinfo}
 * (Debian package gdal-bin); skipped without it, except on CI where its absence is a
 * failure.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCollections.class)
class OgrinfoTest {

	private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

	private static final Pattern FEATURE = Pattern.compile("(?m)^OGRFeature\\(test-points\\):\\d+$");

	@LocalServerPort
	int port;

	@Autowired
	InMemoryFeatureSource testPoints;

	@Autowired
	ZoneShapes shapes;

	@BeforeEach
	void needsOgrinfo() {
		if (!Files.isExecutable(OGRINFO)) {
			if ("true".equals(System.getenv("CI"))) {
				fail("ogrinfo is missing: install gdal-bin");
			}
			Assumptions.abort("ogrinfo is missing: install gdal-bin to run this test");
		}
	}

	@Test
	void listsTheCollectionsAsLayers() throws Exception {
		String output = ogrinfo("-ro", "-so", dataset());
		// e.g. "1: test-points (title: 测试 test-points / Test test-points) (Point)"
		assertThat(output).containsPattern("(?m)^\\d+: test-points .*\\(Point\\)$")
			.containsPattern("(?m)^\\d+: test-zones .*\\(Polygon\\)$");
	}

	@Test
	void readsEveryFeatureOfACollectionPageByPage() throws Exception {
		this.testPoints.requestedOffsets().clear();
		String output = ogrinfo("-ro", "-al", "-q", "-oo", "PAGE_SIZE=10", dataset(), "test-points");
		Matcher features = FEATURE.matcher(output);
		int count = 0;
		while (features.find()) {
			count++;
		}
		assertThat(count).as(output).isEqualTo(25);
		assertThat(output).contains("name (String) = 平台 25", "demo (Integer(Boolean)) = 1", "POINT (104.1234568 34.0)");
		// GDAL followed the next links rather than asking for everything at once.
		assertThat(this.testPoints.requestedOffsets()).contains(10L, 20L);
	}

	@Test
	void passesASpatialFilterOnAsBbox() throws Exception {
		this.testPoints.requestedBoxes().clear();
		String output = ogrinfo("-ro", "-al", "-q", "-spat", "99.5", "29.5", "101.5", "31.5", dataset(), "test-points");
		assertThat(output).containsPattern("(?m)^OGRFeature\\(test-points\\):\\d+$");
		assertThat(output.lines().filter((line) -> line.startsWith("OGRFeature("))).hasSize(4);
		assertThat(output).contains("id (String) = p7").doesNotContain("id (String) = p3");
		assertThat(this.testPoints.requestedBoxes()).contains(new Envelope(99.5, 101.5, 29.5, 31.5));
	}

	@Test
	void summarisesALayerWithItsFeatureCount() throws Exception {
		String output = ogrinfo("-ro", "-so", dataset(), "test-zones");
		assertThat(output).contains("Layer name: test-zones", "Feature Count: 3");
	}

	@Test
	void readsTheCorridorsOwnZonesWithTheirDeclaredAndMeasuredAreas() throws Exception {
		String summary = ogrinfo("-ro", "-so", dataset(), "zones");
		assertThat(summary).contains("Feature Count: " + this.shapes.listShapes().size());

		String core = ogrinfo("-ro", "-al", "-q", "-where", "code = 'CORE_AREA'", dataset(), "zones");
		assertThat(core).contains("code (String) = CORE_AREA", "declared_area_km2 (Real) = 398", "POLYGON ((");
		// the ring through the landmarks with each landmark's precision disc: about 420
		// km²
		assertThat(core).containsPattern("measured_area_km2 \\(Real\\) = 4[12]\\d\\.");
	}

	private String dataset() {
		return "OAPIF:http://localhost:" + this.port + "/ogc";
	}

	private static String ogrinfo(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(OGRINFO.toString());
		command.addAll(List.of(arguments));
		// Output goes to a file, not a pipe, so that a hanging ogrinfo cannot block the
		// reader past the timeout.
		Path log = Files.createTempFile("ogrinfo", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// A proxy configured for the outside world must not intercept calls to ourselves.
		builder.environment().keySet().removeIf((name) -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
		builder.environment().put("GDAL_HTTP_TIMEOUT", "20");
		builder.environment().put("GDAL_HTTP_MAX_RETRY", "0");
		builder.environment().put("CPL_DEBUG", "OFF");
		Process process = builder.start();
		try {
			boolean finished = process.waitFor(60, TimeUnit.SECONDS);
			String text = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(finished).as("ogrinfo finished within 60 s: " + text).isTrue();
			assertThat(process.exitValue()).as(text).isZero();
			return text;
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

}
