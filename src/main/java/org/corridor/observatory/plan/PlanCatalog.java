package org.corridor.observatory.plan;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The plan this instance serves, loaded from its pack at start-up before the database is
 * opened ({@link PackBeforeDatabase}). An invalid pack stops the start with the whole
 * problem report, and no database file is created; the plan's indicators and zones are
 * written to the database so that figures can refer to them.
 */
@Component
public class PlanCatalog {

	private static final Logger log = LoggerFactory.getLogger(PlanCatalog.class);

	private final Plan plan;

	PlanCatalog(PackBeforeDatabase.LoadedPack pack, PlanStore store) {
		this.plan = pack.plan();
		store.save(this.plan);
		log.info("Plan {} {} loaded from {}: {} indicators, {} zones", this.plan.id(), this.plan.header().version(),
				pack.location(), this.plan.listIndicators().size(), this.plan.listZones().size());
	}

	public static PackFiles packFiles(String location) {
		if (location.startsWith("classpath:")) {
			return PackFiles.classpath(location.substring("classpath:".length()));
		}
		return PackFiles.folder(Path.of(location));
	}

	public Plan current() {
		return this.plan;
	}

	/** The plan with this id; this instance serves one plan at a time. */
	public Plan getPlan(String id) {
		if (!this.plan.id().equals(id)) {
			throw new UnknownPlanException(id);
		}
		return this.plan;
	}

}
