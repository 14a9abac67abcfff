package org.corridor.observatory.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CrsTest {

	@ParameterizedTest
	@CsvSource({ "wgs84, WGS84", "WGS84, WGS84", "EPSG:4326, WGS84", "epsg:4326, WGS84", "cgcs2000, CGCS2000",
			"CGCS2000, CGCS2000", "EPSG:4490, CGCS2000", "gcj02, GCJ02", "GCJ-02, GCJ02", "gcj-02, GCJ02", "bd09, BD09",
			"BD-09, BD09", "' bd-09 ', BD09" })
	void parsesEveryAcceptedName(String text, Crs crs) {
		assertThat(Crs.parse(text)).isEqualTo(crs);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "wgs-84", "EPSG:3857", "gcj", "bd09mc", "4326" })
	void rejectsOtherNames(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Crs.parse(text)).withMessageContaining(text);
	}

	@ParameterizedTest
	@CsvSource({ "WGS84, true", "CGCS2000, true", "GCJ02, false", "BD09, false" })
	void treatsCgcs2000AsWgs84(Crs crs, boolean equivalent) {
		assertThat(crs.isWgs84Equivalent()).isEqualTo(equivalent);
	}

}
