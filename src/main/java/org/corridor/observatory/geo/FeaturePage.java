package org.corridor.observatory.geo;

import java.util.List;

/**
 * One page of a feature collection.
 *
 * @param features the features of the page
 * @param numberMatched how many features match the query in all
 */
public record FeaturePage(List<GeoFeature> features, long numberMatched) {
}
