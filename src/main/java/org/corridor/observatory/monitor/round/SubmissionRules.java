package org.corridor.observatory.monitor.round;

import java.util.List;

import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * The rules between figures a zone's figures must keep before they are submitted for
 * review (implemented by the validation package).
 */
public interface SubmissionRules {

	/**
	 * @throws ImportRejectedException listing every error, and every warning not yet
	 * acknowledged with a comment, that the zone's figures would bring
	 */
	void check(Round round, String zone, List<RoundFigure> figures);

}
