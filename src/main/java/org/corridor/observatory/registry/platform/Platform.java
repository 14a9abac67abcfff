package org.corridor.observatory.registry.platform;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.PlatformStatus;

/**
 * An innovation platform of the registry (创新平台): a laboratory, centre, university,
 * institute or facility, with the day it reached each stage of its life.
 *
 * @param code its code, the plan's own for a platform the plan names
 * @param name its Chinese name
 * @param nameEn its English name, or null
 * @param type the code of its platform type
 * @param level national, provincial, municipal or district, or null when unknown
 * @param host its host organisation, or null
 * @param domains the codes of its technology domains
 * @param stages the day it reached each stage, for the stages known
 * @param location where it stands in WGS84, or null
 * @param inputCrs the coordinate system its position was given in, or null
 * @param inputLon the longitude as given, or null
 * @param inputLat the latitude as given, or null
 * @param zones the codes of the zones that contain it
 * @param inPlan whether the plan names it
 * @param demo whether any of the record is generated demo data
 * @param source where the record comes from: the plan text, a file, the demo seed
 */
public record Platform(String code, String name, String nameEn, String type, String level, String host,
		List<String> domains, Map<PlatformStatus, LocalDate> stages, LonLat location, Crs inputCrs, Double inputLon,
		Double inputLat, List<String> zones, boolean inPlan, boolean demo, String source) {

	public Platform {
		domains = List.copyOf(domains);
		EnumMap<PlatformStatus, LocalDate> copy = new EnumMap<>(PlatformStatus.class);
		copy.putAll(stages);
		stages = Collections.unmodifiableMap(copy);
		zones = List.copyOf(zones);
	}

	/**
	 * The stage it is at on {@code day}: of the stages reached by then, the one reached
	 * last (the later stage on a tie); null when none is known by then.
	 */
	public PlatformStatus statusOn(LocalDate day) {
		PlatformStatus status = null;
		LocalDate since = null;
		for (Map.Entry<PlatformStatus, LocalDate> stage : this.stages.entrySet()) {
			if (!stage.getValue().isAfter(day) && (since == null || !stage.getValue().isBefore(since))) {
				status = stage.getKey();
				since = stage.getValue();
			}
		}
		return status;
	}

	/** The day it reached {@code status}, or null. */
	public LocalDate reached(PlatformStatus status) {
		return this.stages.get(status);
	}

	public Platform withZones(List<String> assigned) {
		return new Platform(this.code, this.name, this.nameEn, this.type, this.level, this.host, this.domains,
				this.stages, this.location, this.inputCrs, this.inputLon, this.inputLat, assigned, this.inPlan,
				this.demo, this.source);
	}

}
