package org.corridor.observatory.plan;

import org.corridor.observatory.monitor.ObservationStore;

/**
 * A plan class that reaches up into monitoring, which the module rules forbid; only
 * {@code ArchitectureTest} imports it, to show that the rules catch it.
 */
public final class WrongWayFixture {

	ObservationStore store;

}
