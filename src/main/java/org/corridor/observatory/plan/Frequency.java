package org.corridor.observatory.plan;

/**
 * How often an indicator is reported: yearly, or once (a fixed figure such as an area).
 */
public enum Frequency {

	ANNUAL, ONCE

}
