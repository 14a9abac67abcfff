package org.corridor.observatory.monitor.imports;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The published figures of an indicator in a zone, year → value, which a running total
 * (累计) in a file or a form must not fall below (or rise above, for earlier years).
 */
@FunctionalInterface
public interface StoredSeries {

	/** No stored figures: the checks look at the file alone. */
	StoredSeries NONE = (indicator, zone) -> new TreeMap<>();

	NavigableMap<Integer, BigDecimal> series(String indicator, String zone);

}
