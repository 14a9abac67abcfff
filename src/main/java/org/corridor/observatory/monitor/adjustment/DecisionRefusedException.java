package org.corridor.observatory.monitor.adjustment;

import org.springframework.security.access.AccessDeniedException;

/**
 * A decision on a plan adjustment (规划调整) the person may not take (HTTP 403): only the
 * corridor approver (管委会审定) approves or rejects a proposal, and never approves their own.
 * An administrator proposes; approving is not among the things an administrator may do.
 */
public class DecisionRefusedException extends AccessDeniedException {

	/** Why the decision is refused. */
	public enum Reason {

		/** The person is not the corridor approver. */
		NOT_THE_APPROVER("notApprover"),

		/** The person proposed the adjustment. */
		OWN_PROPOSAL("ownProposal");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		/** The reason's word in message keys ({@code system.refused.*}). */
		public String key() {
			return this.key;
		}

	}

	private final Reason reason;

	DecisionRefusedException(Reason reason, String zh, String en) {
		super(zh + " / " + en);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
