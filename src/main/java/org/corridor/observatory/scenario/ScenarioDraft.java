package org.corridor.observatory.scenario;

import java.util.List;

/**
 * What a save asks for: the scenario's name and description, why it is saved, and its
 * assumptions.
 *
 * @param name the name, required
 * @param description what it is about, or null
 * @param note why it is saved, or null
 * @param assumptions the assumptions, in order
 */
public record ScenarioDraft(String name, String description, String note, List<Assumption> assumptions) {

	public ScenarioDraft {
		assumptions = (assumptions != null) ? List.copyOf(assumptions) : List.of();
		name = (name != null) ? name.strip() : null;
		description = (description != null && !description.isBlank()) ? description.strip() : null;
		note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

}
