package org.corridor.observatory.registry.enterprise;

import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.ZoneReassignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the zones of located firms in step with the zone set: when the zones change,
 * every located firm is assigned again from the new index, in one transaction, in pages
 * (see {@link ZoneReassignment}). When any firm's zones changed, {@link RegistryChanged}
 * is published in that transaction, so that tables built from the registry (the chain
 * cube) are built again once it commits.
 */
@Component
class EnterpriseZones {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseZones.class);

	private final JdbcTemplate template;

	private final ZoneShapes shapes;

	private final ApplicationEventPublisher events;

	EnterpriseZones(JdbcTemplate template, ZoneShapes shapes, ApplicationEventPublisher events) {
		this.template = template;
		this.shapes = shapes;
		this.events = events;
	}

	/**
	 * A transaction of its own: the event comes once the boundary import's transaction
	 * has committed, while its connection is still bound to the thread, and writes that
	 * joined it would never be committed.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void zonesChanged(ZonesChanged event) {
		ZoneReassignment.Result result = ZoneReassignment.reassign(this.template, "enterprise", "uscc", event.planId(),
				this.shapes.index());
		log.info("Zones of {} located firms of {} reassigned: {} changed", result.located(), event.planId(),
				result.changed());
		if (result.changed() > 0) {
			this.events.publishEvent(new RegistryChanged(event.planId()));
		}
	}

}
