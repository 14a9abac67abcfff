package org.corridor.observatory.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the plan's indicator system (规划版本), or a proposal for one: the whole
 * {@code indicators.yaml}, {@code rules.yaml} and {@code decomposition.yaml} it would put
 * in force ({@link PlanTexts}), why, and from when. Version 1 is the pack as loaded; a
 * proposal gets its number when the corridor approver approves it.
 *
 * @param id the row's id
 * @param planId the plan
 * @param number the version number, or null while proposed (and for a rejected proposal)
 * @param state proposed, approved or rejected
 * @param reason why the plan is adjusted (the adjustment's document or decision)
 * @param effectiveDate the first day the version is in force
 * @param indicatorsYaml the text of the version's {@code indicators.yaml}
 * @param rulesYaml the text of its {@code rules.yaml}, empty when it has none
 * @param decompositionYaml the text of its {@code decomposition.yaml}, empty when it has
 * none
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param decidedBy who approved or rejected it, or null
 * @param decidedAt when, or null
 * @param comment the decision's comment, or null
 */
public record PlanVersion(long id, String planId, Integer number, State state, String reason, LocalDate effectiveDate,
		String indicatorsYaml, String rulesYaml, String decompositionYaml, String proposedBy, Instant proposedAt,
		String decidedBy, Instant decidedAt, String comment) {

	/** Where a proposal stands. */
	public enum State implements HasLabel {

		PROPOSED("待审定", "proposed"), APPROVED("已批准", "approved"), REJECTED("已退回", "rejected");

		private final LocalizedText label;

		State(String zh, String en) {
			this.label = LocalizedText.of(zh, en);
		}

		@Override
		public LocalizedText label() {
			return this.label;
		}

	}

	/** The texts of the files it puts in force. */
	public PlanTexts texts() {
		return new PlanTexts(this.indicatorsYaml, this.rulesYaml, this.decompositionYaml);
	}

	/** What the audit keeps of it: everything but the texts of its files. */
	public java.util.Map<String, Object> summary() {
		java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("id", this.id);
		map.put("number", this.number);
		map.put("state", this.state.name());
		map.put("reason", this.reason);
		map.put("effectiveDate", this.effectiveDate.toString());
		map.put("proposedBy", this.proposedBy);
		map.put("decidedBy", this.decidedBy);
		map.put("comment", this.comment);
		return map;
	}

}
