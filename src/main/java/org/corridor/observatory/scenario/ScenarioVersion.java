package org.corridor.observatory.scenario;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of a scenario: what it was called and assumed, who saved it, when and
 * why. Versions are numbered from 1 and never changed.
 *
 * @param scenarioId the scenario
 * @param number the version's number
 * @param name the scenario's name
 * @param description what it is about, or null
 * @param note why it was saved, or null
 * @param demo whether it rests on demo data
 * @param savedBy who saved it
 * @param savedAt when
 * @param assumptions the assumptions, in order
 */
public record ScenarioVersion(long scenarioId, int number, String name, String description, String note, boolean demo,
		String savedBy, Instant savedAt, List<Assumption> assumptions) {

	public ScenarioVersion {
		assumptions = List.copyOf(assumptions);
	}

	public Summary summary() {
		return new Summary(this.number, this.name, this.note, this.demo, this.savedBy, this.savedAt,
				this.assumptions.size());
	}

	/**
	 * A version as the history lists it.
	 *
	 * @param number its number
	 * @param name the scenario's name in it
	 * @param note why it was saved, or null
	 * @param demo whether it rests on demo data
	 * @param savedBy who saved it
	 * @param savedAt when
	 * @param assumptions how many assumptions it holds
	 */
	public record Summary(int number, String name, String note, boolean demo, String savedBy, Instant savedAt,
			int assumptions) {
	}

}
