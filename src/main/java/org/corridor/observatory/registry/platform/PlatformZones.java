package org.corridor.observatory.registry.platform;

import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.registry.ZoneReassignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the zones of located platforms in step with the zone set: when the zones change,
 * every located platform is assigned again from the new index, in one transaction. Zones
 * are derived from the position, so a change of them is no new record and keeps no
 * revision; a platform without a position keeps the zones the plan gives it.
 */
@Component
class PlatformZones {

	private static final Logger log = LoggerFactory.getLogger(PlatformZones.class);

	private final JdbcTemplate template;

	private final ZoneShapes shapes;

	PlatformZones(JdbcTemplate template, ZoneShapes shapes) {
		this.template = template;
		this.shapes = shapes;
	}

	/**
	 * A transaction of its own, for the reason {@code EnterpriseZones} gives: the event
	 * comes after the boundary import's transaction has committed.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void zonesChanged(ZonesChanged event) {
		ZoneReassignment.Result result = ZoneReassignment.reassign(this.template, "platform", "code", event.planId(),
				this.shapes.index());
		log.info("Zones of {} located platforms of {} reassigned: {} changed", result.located(), event.planId(),
				result.changed());
	}

}
