package org.corridor.observatory.geo;

import java.util.List;

/**
 * Where district boundaries come from and how far to trust them; it travels with the
 * geometry into every map and export, because the data is not ours to relicense.
 *
 * @param packageName the npm package the source files are taken from
 * @param packageVersion the version actually packaged, read from its package.json
 * @param tarballSha1 the documented sha1 of that version's npm tarball
 * @param sourceFiles the package files used
 * @param licence the terms the geometry is under
 * @param vintage the period the boundaries date from
 * @param sourceCrs the coordinate system of the source
 * @param outputCrs the coordinate system of the converted boundaries
 * @param positionalAccuracyM how far a boundary may be from the true one, in metres
 * @param licenceZh the terms, in Chinese
 * @param vintageZh the period, in Chinese
 */
public record BoundaryProvenance(String packageName, String packageVersion, String tarballSha1,
		List<String> sourceFiles, String licence, String vintage, Crs sourceCrs, Crs outputCrs, int positionalAccuracyM,
		String licenceZh, String vintageZh) {

	public BoundaryProvenance {
		sourceFiles = List.copyOf(sourceFiles);
	}

	/** The attribution line for Chinese pages. */
	public String attributionZh() {
		return "行政区划边界:高德地图数据,经 npm 包 " + this.packageName + "@" + this.packageVersion + ";" + this.vintageZh + ";精度约 ±"
				+ this.positionalAccuracyM + " 米;" + this.licenceZh;
	}

	/** The attribution line for maps and exports. */
	public String attribution() {
		return "Boundaries: AMap (高德地图) via npm " + this.packageName + "@" + this.packageVersion + ", " + this.vintage
				+ ", ±" + this.positionalAccuracyM + " m; " + this.licence;
	}

}
