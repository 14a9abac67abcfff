package org.corridor.observatory.registry.platform;

/**
 * Published when a plan's platforms were saved (an import, the seed, demo histories), so
 * that facts kept about them are asked again once the transaction commits.
 *
 * @param planId the plan whose platforms changed
 */
public record PlatformsChanged(String planId) {
}
