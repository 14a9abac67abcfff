package org.corridor.observatory.registry.demo;

import org.corridor.observatory.registry.enterprise.EnterpriseFinder;

/**
 * Demo wiring that uses the enterprise registry, as demo loaders do; with
 * {@code UsesDemoFixture} it closes a cycle inside the registry, which the module rules
 * forbid. Only {@code ArchitectureTest} imports it.
 */
public final class DemoRegistryLoaderFixture {

	EnterpriseFinder finder;

}
