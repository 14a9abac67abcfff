/**
 * Demo data for the enterprise registry: a reproducible, seeded population of firms with
 * yearly figures and of platforms, plausible for a plan's corridor but invented, and
 * marked DEMO in every name and file it produces. It scales to benchmark sizes because
 * every firm is generated from its own index alone.
 */
package org.corridor.observatory.registry.demo;
