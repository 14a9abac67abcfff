package org.corridor.observatory.plan;

/** Which way an indicator improves: 越大越好, 越小越好, or within a band (区间). */
public enum Direction {

	HIGHER, LOWER, RANGE

}
