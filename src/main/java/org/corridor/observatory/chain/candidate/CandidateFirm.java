package org.corridor.observatory.chain.candidate;

import java.math.BigDecimal;
import java.util.List;

/**
 * A firm outside the corridor that the plan's officers consider attracting (招商候选企业), as
 * the current candidate list holds it.
 *
 * @param id the stored row's id; 0 before it is stored
 * @param name the name as given
 * @param uscc the unified social credit code, or null when the list gives none
 * @param industryCode the GB/T 4754-2017 class with its section letter, like I6513
 * @param segments the plan's chain segments the firm would fill, possibly none
 * @param region where the firm is, as written (深圳市南山区), or null
 * @param revenue revenue in 万元, or null
 * @param rdSpending R&amp;D spending in 万元, or null
 * @param employees persons employed, or null
 * @param demo whether the firm is generated demo data (its name starts with 【演示】)
 * @param source the file the list came from, or the demo seed
 */
public record CandidateFirm(long id, String name, String uscc, String industryCode, List<String> segments,
		String region, BigDecimal revenue, BigDecimal rdSpending, Integer employees, boolean demo, String source) {

	public CandidateFirm {
		segments = List.copyOf(segments);
	}

}
