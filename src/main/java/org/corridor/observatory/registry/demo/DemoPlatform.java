package org.corridor.observatory.registry.demo;

import java.util.List;

import org.corridor.observatory.geo.LonLat;

/**
 * A platform as the demo shows it: one of the plan's own, whose name and type are real
 * and only the status history is invented, or an invented one whose name starts with
 * 【演示】. Either way it is demo data.
 *
 * @param code the platform's code, the plan's for a named one
 * @param name its Chinese name
 * @param type the code of its platform type
 * @param named whether it is one of the plan's platforms
 * @param lifecycle its status changes, oldest first
 * @param location where it stands in WGS84, or null when the plan places it nowhere
 * @param demo always true: the record is demo data, even when the platform is real
 */
public record DemoPlatform(String code, String name, String type, boolean named, List<StatusChange> lifecycle,
		LonLat location, boolean demo) {

	public DemoPlatform {
		lifecycle = List.copyOf(lifecycle);
	}

	/** The status it has at the end of its history. */
	public String status() {
		return this.lifecycle.get(this.lifecycle.size() - 1).status();
	}

}
