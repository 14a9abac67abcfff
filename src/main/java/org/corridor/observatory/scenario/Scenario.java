package org.corridor.observatory.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A scenario (情景) as its latest version states it, with the list of its versions.
 *
 * @param id its number
 * @param planId the plan
 * @param createdBy who made it
 * @param createdAt when
 * @param archivedAt when it was archived, or null while in use
 * @param current the latest version
 * @param versions every version, newest first, without their assumptions
 */
public record Scenario(long id, String planId, String createdBy, Instant createdAt, Instant archivedAt,
		ScenarioVersion current, List<ScenarioVersion.Summary> versions) {

	public Scenario {
		versions = List.copyOf(versions);
	}

	public String name() {
		return this.current.name();
	}

	public String description() {
		return this.current.description();
	}

	/** Whether it rests on demo data (a demo candidate firm or platform). */
	public boolean demo() {
		return this.current.demo();
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

}
