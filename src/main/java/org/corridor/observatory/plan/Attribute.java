package org.corridor.observatory.plan;

/**
 * The legal weight of an indicator: 约束性 (binding) or 预期性 (expected). A plan that does not
 * say is recorded as {@link #UNSPECIFIED}, which evaluates like an expected indicator.
 */
public enum Attribute {

	BINDING, EXPECTED, UNSPECIFIED

}
