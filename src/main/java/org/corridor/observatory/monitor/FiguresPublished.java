package org.corridor.observatory.monitor;

/**
 * Published when a batch of figures was published (by an approver, a round's approval or
 * the demo loader), so that facts kept about the published figures are asked again once
 * the transaction commits.
 *
 * @param planId the plan the figures belong to
 * @param batchId the batch published
 */
public record FiguresPublished(String planId, long batchId) {
}
