package org.corridor.observatory.chain;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.RegistryChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The platform stopping while a chain cube is being built waits for the build, whose
 * reads (JDBC) do not stop when interrupted: before, the build read on while the
 * connection pool closed under it, and the driver's failure was logged with a stack trace
 * (seen at the end of every import bench run on PostgreSQL).
 */
class ChainServiceStopTest {

	@Test
	void stoppingWaitsForTheCubeBeingBuilt() throws Exception {
		CountDownLatch building = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		PlanCatalog catalog = mock(PlanCatalog.class);
		when(catalog.getPlan("p")).thenAnswer((invocation) -> {
			building.countDown();
			// as a read from the database: deaf to the interrupt
			long until = System.nanoTime() + 400_000_000L;
			while (System.nanoTime() < until) {
				Thread.onSpinWait();
			}
			finished.set(true);
			throw new IllegalStateException("no plan here");
		});
		ChainService chains = new ChainService(catalog, null, null, Clock.systemUTC());
		chains.registryChanged(new RegistryChanged("p"));
		building.await();

		chains.stop();

		assertThat(finished).isTrue();
	}

}
