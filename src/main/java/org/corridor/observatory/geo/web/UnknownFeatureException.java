package org.corridor.observatory.geo.web;

/**
 * Raised when a request names a feature collection, or a feature within one, that this
 * instance does not serve; answered with 404.
 */
class UnknownFeatureException extends RuntimeException {

	private UnknownFeatureException(String message) {
		super(message);
	}

	static UnknownFeatureException collection(String collectionId) {
		return new UnknownFeatureException(
				"没有要素集合 " + collectionId + " / there is no feature collection " + collectionId);
	}

	static UnknownFeatureException feature(String collectionId, String featureId) {
		return new UnknownFeatureException("要素集合 " + collectionId + " 中没有要素 " + featureId + " / feature collection "
				+ collectionId + " has no feature " + featureId);
	}

}
