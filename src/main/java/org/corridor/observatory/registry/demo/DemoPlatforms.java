package org.corridor.observatory.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Site;

/**
 * Demo status histories for the plan's platforms, and invented platforms beside them. A
 * history starts on the first day of the plan's period at the status the pack gives (the
 * plan's own word on the platform then), so it is never earlier than that status, and
 * moves forward through planned, under construction, operating and accredited within the
 * period, stopping at random. The pack gives a status only to what is still planned or
 * being built, so a named platform without one (a university, an institute) already
 * operates; an invented one starts anywhere on the way. Only the pack's sites place a
 * named platform; none is placed by guessing.
 */
final class DemoPlatforms {

	static final int INVENTED = 30;

	static final List<String> STATUSES = List.of("planned", "under_construction", "operating", "accredited");

	// Differs from any firm's mix so platforms and firms draw unrelated sequences.
	private static final long SALT = 0x5EED_91A7_F0A3_5L;

	private DemoPlatforms() {
	}

	static Stream<DemoPlatform> generate(Plan plan, long seed, int invented) {
		LocalDate start = LocalDate.of(plan.header().startYear(), 1, 1);
		LocalDate end = LocalDate.of(plan.header().endYear(), 12, 31);
		Map<String, Anchor> anchors = plan.geometry()
			.anchors()
			.stream()
			.collect(Collectors.toMap(Anchor::code, Function.identity()));
		Map<String, String> sites = plan.geometry()
			.sites()
			.stream()
			.collect(Collectors.toMap(Site::platform, Site::anchor, (a, b) -> a));
		Stream<DemoPlatform> named = plan.listItems(ItemKind.PLATFORM).stream().map((item) -> {
			SplittableRandom random = new SplittableRandom(seed ^ DemoFirm.mix(SALT + item.code().hashCode()));
			Anchor anchor = anchors.get(sites.get(item.code()));
			LonLat location = (anchor != null)
					? ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat()) : null;
			List<StatusChange> lifecycle = lifecycle(random, item.attribute("status"), true, start, end);
			return new DemoPlatform(item.code(), item.name().zh(), type(item), true, lifecycle, location, true);
		});
		List<Item> types = plan.listItems(ItemKind.PLATFORM_TYPE);
		if (types.isEmpty()) {
			return named;
		}
		DemoSetting setting = DemoSetting.of(plan);
		Stream<DemoPlatform> made = IntStream.range(0, invented).mapToObj((index) -> {
			SplittableRandom random = new SplittableRandom(seed ^ DemoFirm.mix(~(SALT + index)));
			Item type = types.get(random.nextInt(types.size()));
			String name = DemoNames.platform(random, type.name().zh());
			DemoLocation location = DemoLocation.draw(random, setting, null);
			return new DemoPlatform(String.format("DEMO_PLATFORM_%03d", index + 1), name, type.code(), false,
					lifecycle(random, null, false, start, end), (location != null) ? location.wgs84() : null, true);
		});
		return Stream.concat(named, made);
	}

	private static String type(Item platform) {
		List<String> types = platform.references("type");
		return types.isEmpty() ? null : types.get(0);
	}

	private static List<StatusChange> lifecycle(SplittableRandom random, String status, boolean named, LocalDate start,
			LocalDate end) {
		int at = (status != null) ? STATUSES.indexOf(status) : -1;
		if (at < 0 && named) {
			at = (random.nextDouble() < 0.7) ? 2 : 3;
		}
		else if (at < 0) {
			at = random.nextInt(STATUSES.size());
		}
		List<StatusChange> lifecycle = new ArrayList<>(STATUSES.size());
		LocalDate date = start;
		lifecycle.add(new StatusChange(STATUSES.get(at), date));
		while (at + 1 < STATUSES.size() && random.nextDouble() < 0.6) {
			date = date.plusDays(120 + random.nextInt(480));
			if (date.isAfter(end)) {
				break;
			}
			at++;
			lifecycle.add(new StatusChange(STATUSES.get(at), date));
		}
		return lifecycle;
	}

}
