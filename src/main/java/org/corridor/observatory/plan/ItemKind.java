package org.corridor.observatory.plan;

/** The kinds of structural {@link Item} a plan pack holds. */
public enum ItemKind {

	TABLE, PLATFORM_TYPE, PLATFORM, HIGHLAND, DOMAIN, INDUSTRY_SYSTEM, INDUSTRY_TIER, CLUSTER, CHAIN, SEGMENT,
	PROGRAMME, ENTERPRISE_TIER

}
