package org.corridor.observatory.monitor.round;

/**
 * Published by {@link RoundService} for each step of a zone's figures from one state to
 * another (submit, approve, return, publish, un-approve) within the step's transaction;
 * listeners that act on it, such as {@link RoundReminders}, do so once it commits.
 *
 * @param round the round
 * @param step the step, as recorded
 */
public record RoundStepTaken(Round round, RoundEvent step) {
}
