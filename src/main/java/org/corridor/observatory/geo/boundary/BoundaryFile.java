package org.corridor.observatory.geo.boundary;

import java.util.List;

/**
 * A boundary file read and accepted in full: one boundary per zone it names.
 *
 * @param format {@code geojson}, {@code kml} or {@code shapefile}
 * @param features the accepted boundaries, in file order
 * @param repairs the boundaries that had to be repaired to be valid
 */
public record BoundaryFile(String format, List<BoundaryFeature> features, List<BoundaryRepair> repairs) {

	public BoundaryFile {
		features = List.copyOf(features);
		repairs = List.copyOf(repairs);
	}

}
