package org.corridor.observatory.registry.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.PlatformStatus;

/**
 * A platform as pages and the API show it: the record with its type's and level's names,
 * its status today and the day it entered it, and the stages in order.
 *
 * @param platform the record
 * @param typeName the type's name, or null for an unknown type
 * @param levelName the level's name, or null
 * @param status the status today, or null when no stage is recorded
 * @param since the day it entered that status, or null
 * @param stages every stage with the day it was reached, or null when not reached
 */
public record PlatformView(Platform platform, LocalizedText typeName, LocalizedText levelName, PlatformStatus status,
		LocalDate since, List<Stage> stages) {

	static PlatformView of(Platform platform, Map<String, Item> types, LocalDate today) {
		Item type = types.get(platform.type());
		PlatformLevel level = (platform.level() != null) ? PlatformLevel.of(platform.level()) : null;
		PlatformStatus status = platform.statusOn(today);
		List<Stage> stages = Arrays.stream(PlatformStatus.values())
			.map((stage) -> new Stage(stage, stage.label(), platform.reached(stage)))
			.toList();
		return new PlatformView(platform, (type != null) ? type.name() : null, (level != null) ? level.label() : null,
				status, (status != null) ? platform.reached(status) : null, stages);
	}

	/**
	 * A stage of the platform's life.
	 *
	 * @param status the stage
	 * @param name its name
	 * @param reached the day it was reached, or null
	 */
	public record Stage(PlatformStatus status, LocalizedText name, LocalDate reached) {
	}

}
