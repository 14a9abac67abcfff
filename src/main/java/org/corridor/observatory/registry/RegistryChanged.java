package org.corridor.observatory.registry;

/**
 * Published when an import has changed a plan's enterprise registry, after its
 * transaction commits, so that tables built from the registry are built again.
 *
 * @param planId the plan whose registry changed
 */
public record RegistryChanged(String planId) {
}
