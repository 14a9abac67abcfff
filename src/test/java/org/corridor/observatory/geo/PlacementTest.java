package org.corridor.observatory.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one position check of every import. */
class PlacementTest {

	@Test
	void placesHangzhouInChina() {
		assertThat(Placement.of(120.1, 30.25)).isEqualTo(Placement.IN_CHINA);
	}

	@Test
	void recognisesASwap() {
		assertThat(Placement.of(30.25, 120.1)).isEqualTo(Placement.SWAPPED);
	}

	@Test
	void tellsRangeErrorsFromPlacesAbroad() {
		assertThat(Placement.of(420_000, 3_350_000)).isEqualTo(Placement.LONGITUDE_OUT_OF_RANGE);
		assertThat(Placement.of(120.1, 95)).isEqualTo(Placement.LATITUDE_OUT_OF_RANGE);
		assertThat(Placement.of(2.35, 48.85)).isEqualTo(Placement.OUTSIDE_CHINA);
		assertThat(Placement.of(Double.NaN, 30)).isNotEqualTo(Placement.IN_CHINA);
	}

}
