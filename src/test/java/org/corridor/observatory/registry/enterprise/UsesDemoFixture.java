package org.corridor.observatory.registry.enterprise;

import org.corridor.observatory.registry.demo.DemoRegistryLoaderFixture;

/**
 * A registry class that uses demo wiring, which the module rules forbid; only
 * {@code ArchitectureTest} imports it, to show that the rules catch it.
 */
public final class UsesDemoFixture {

	DemoRegistryLoaderFixture demo;

}
