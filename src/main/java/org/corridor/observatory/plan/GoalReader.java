package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code goals.yaml}: the plan's goals, each set for one of its milestone years.
 */
final class GoalReader {

	static final String FILE = "goals.yaml";

	private final CrossReferences codes;

	private final PlanHeader header;

	/**
	 * The header may be null when {@code plan.yaml} is invalid; milestones go unchecked.
	 */
	GoalReader(CrossReferences codes, PlanHeader header) {
		this.codes = codes;
		this.header = header;
	}

	List<Goal> read(Node root) {
		List<Goal> goals = new ArrayList<>();
		for (Node node : root.nodes("goals", true)) {
			String code = this.codes.declare(node, "GOAL");
			Integer milestone = node.integer("milestone", true);
			if (milestone != null && this.header != null && !this.header.milestones().contains(milestone)) {
				node.problem("milestone", "年份 " + milestone + " 不是规划的里程碑年份 " + this.header.milestones(),
						milestone + " is not one of the plan's milestones " + this.header.milestones());
			}
			LocalizedText name = node.localized("name", true);
			node.localized("note", false);
			String source = this.codes.quote(node);
			node.finish();
			if (code != null && milestone != null && name != null) {
				goals.add(new Goal(code, milestone, name, source));
			}
		}
		root.finish();
		return goals;
	}

}
