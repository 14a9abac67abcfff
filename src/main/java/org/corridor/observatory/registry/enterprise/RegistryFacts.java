package org.corridor.observatory.registry.enterprise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.corridor.observatory.registry.RegistryChanged;
import org.locationtech.jts.geom.Envelope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Facts about a plan's whole registry that every page or collection shows (how many
 * firms, whether any is demo data, whether any located one is, the box around the located
 * ones): asked once, then kept until {@link RegistryChanged} says an import or a move has
 * committed. Counting a million firms on every request is what made each page slow. A
 * fact asked inside a transaction is not kept, as that transaction may write and then
 * roll back.
 */
@Component
class RegistryFacts {

	private final JdbcTemplate template;

	private final Map<String, Facts> kept = new ConcurrentHashMap<>();

	RegistryFacts(JdbcTemplate template) {
		this.template = template;
	}

	long count(String planId) {
		return facts(planId, Facts::count, (plan) -> countFirms(plan, ""));
	}

	long countLocated(String planId) {
		return facts(planId, Facts::located, (plan) -> countFirms(plan, " and lon is not null"));
	}

	boolean hasDemo(String planId) {
		return facts(planId, Facts::demo, (plan) -> exists(plan, "demo = true"));
	}

	boolean hasLocatedDemo(String planId) {
		return facts(planId, Facts::locatedDemo, (plan) -> exists(plan, "demo = true and lon is not null"));
	}

	/** The box around every located firm, or an empty envelope when none is located. */
	Envelope extent(String planId) {
		return facts(planId, Facts::extent, this::findExtent);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void registryChanged(RegistryChanged event) {
		this.kept.remove(event.planId());
	}

	private <T> T facts(String planId, Function<Facts, T> fact, Function<String, T> ask) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return ask.apply(planId);
		}
		// Removal waits for a computation under way, so no fact read before a commit
		// outlives the event that follows it.
		return fact.apply(this.kept.computeIfAbsent(planId, this::ask));
	}

	private Facts ask(String planId) {
		return new Facts(countFirms(planId, ""), countFirms(planId, " and lon is not null"),
				exists(planId, "demo = true"), exists(planId, "demo = true and lon is not null"), findExtent(planId));
	}

	private Envelope findExtent(String planId) {
		return this.template.queryForObject(
				"select min(lon), max(lon), min(lat), max(lat) from enterprise where plan_id = ? and lon is not null",
				(rs, row) -> (rs.getObject(1) == null) ? new Envelope()
						: new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)),
				planId);
	}

	private long countFirms(String planId, String condition) {
		return this.template.queryForObject("select count(*) from enterprise where plan_id = ?" + condition, Long.class,
				planId);
	}

	private boolean exists(String planId, String condition) {
		return !this.template
			.queryForList("select 1 from enterprise where plan_id = ? and " + condition + " fetch first 1 rows only",
					Integer.class, planId)
			.isEmpty();
	}

	private record Facts(long count, long located, boolean demo, boolean locatedDemo, Envelope extent) {
	}

}
