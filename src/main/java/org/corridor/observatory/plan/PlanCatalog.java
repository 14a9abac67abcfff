package org.corridor.observatory.plan;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The plan this instance serves, loaded from its pack at start-up before the database is
 * opened ({@link PackBeforeDatabase}). An invalid pack stops the start with the whole
 * problem report, and no database file is created; the plan's indicators and zones are
 * written to the database so that figures can refer to them. The plan served is the
 * version of its indicator system in force ({@link PlanVersions}).
 */
@Component
public class PlanCatalog {

	private static final Logger log = LoggerFactory.getLogger(PlanCatalog.class);

	private final PlanVersions versions;

	PlanCatalog(PackBeforeDatabase.LoadedPack pack, PlanVersions versions) {
		this.versions = versions;
		Plan plan = versions.current();
		log.info("Plan {} {} loaded from {}: version {} in force, {} indicators, {} zones", plan.id(),
				plan.header().version(), pack.location(), plan.versionNumber(), plan.listIndicators().size(),
				plan.listZones().size());
	}

	public static PackFiles packFiles(String location) {
		if (location.startsWith("classpath:")) {
			return PackFiles.classpath(location.substring("classpath:".length()));
		}
		return PackFiles.folder(Path.of(location));
	}

	/** The plan as the version in force today has it. */
	public Plan current() {
		return this.versions.current();
	}

	/**
	 * The plan with this id, as the version in force today has it; this instance serves
	 * one plan at a time.
	 */
	public Plan getPlan(String id) {
		if (!this.versions.planId().equals(id)) {
			throw new UnknownPlanException(id);
		}
		return this.versions.current();
	}

	/**
	 * The plan with this id as a year is evaluated under it: the version in force on 31
	 * December of that year, or today's for the current year (see {@link PlanVersions}).
	 */
	public Plan getPlan(String id, int year) {
		getPlan(id);
		return this.versions.forYear(year);
	}

}
