package org.corridor.observatory;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The application's modules and the modules each may use. A module is a feature
 * ({@code plan}, {@code geo} …) with its sub-packages, except that a feature's
 * {@code web} packages (its pages and API) and its {@code demo} packages (start-up wiring
 * of demo data) are modules of their own: {@code registry.web}, {@code registry.demo}.
 * {@code web} alone is the kernel every page shares.
 */
final class Modules {

	static final String BASE = "org.corridor.observatory";

	private static final Set<String> CORES = Set.of("tabular", "plan", "audit", "security", "notify", "geo", "registry",
			"monitor", "chain", "report", "foresight", "compositeindex", "scenario");

	/** Module → the modules it may use, from the bottom up. */
	static final Map<String, Set<String>> ALLOWED = allowed();

	private Modules() {
	}

	private static Map<String, Set<String>> allowed() {
		Set<String> base = Set.of("tabular", "plan", "audit", "security");
		Map<String, Set<String>> cores = Map.ofEntries(Map.entry("tabular", Set.of()), Map.entry("plan", Set.of()),
				Map.entry("audit", Set.of()), Map.entry("security", Set.of("plan", "audit")),
				Map.entry("notify", Set.of("security")), Map.entry("geo", base),
				Map.entry("registry", with(base, "geo")), Map.entry("monitor", with(base, "geo", "registry", "notify")),
				Map.entry("chain", with(base, "geo", "registry", "monitor", "notify")),
				Map.entry("report",
						with(base, "geo", "registry", "monitor", "chain", "notify", "foresight", "scenario")),
				Map.entry("foresight", with(base, "geo", "registry", "monitor", "notify")),
				Map.entry("compositeindex", with(base, "geo", "registry", "monitor")),
				Map.entry("scenario", with(base, "geo", "registry", "monitor", "chain", "foresight", "notify")));
		Map<String, Set<String>> allowed = new java.util.TreeMap<>(cores);
		Set<String> demos = new HashSet<>();
		cores.keySet().forEach((feature) -> demos.add(feature + ".demo"));
		cores.forEach((feature, uses) -> {
			Set<String> web = new HashSet<>(uses);
			web.add(feature);
			web.add("web");
			allowed.put(feature + ".web", Set.copyOf(web));
			Set<String> demo = new HashSet<>(uses);
			demo.add(feature);
			demo.addAll(demos);
			demo.remove(feature + ".demo");
			allowed.put(feature + ".demo", Set.copyOf(demo));
		});
		allowed.put("web", CORES);
		Set<String> cli = new HashSet<>(CORES);
		cli.add("web");
		allowed.put("cli", Set.copyOf(cli));
		allowed.put("app", Set.of("cli"));
		return Map.copyOf(allowed);
	}

	private static Set<String> with(Set<String> base, String... more) {
		Set<String> all = new HashSet<>(base);
		all.addAll(Set.of(more));
		return Set.copyOf(all);
	}

	/** The module a package belongs to. */
	static String moduleOf(String packageName) {
		if (packageName.equals(BASE)) {
			return "app";
		}
		String[] parts = packageName.substring(BASE.length() + 1).split("\\.");
		String feature = parts[0];
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].equals("web") || parts[i].equals("demo")) {
				return feature + "." + parts[i];
			}
		}
		return feature;
	}

	/** Every dependency between modules is on the allow-list. */
	static ArchRule dependOnlyAsAllowed() {
		return classes().that()
			.resideInAPackage(BASE + "..")
			.should(new ArchCondition<JavaClass>("use only the modules they are allowed to") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					String from = moduleOf(type.getPackageName());
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass().getBaseComponentType();
						if (!target.getPackageName().startsWith(BASE)) {
							continue;
						}
						String to = moduleOf(target.getPackageName());
						if (!to.equals(from) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
							events.add(SimpleConditionEvent.violated(dependency,
									from + " may not use " + to + ": " + dependency.getDescription()));
						}
					}
				}
			});
	}

	/** The packages of the application depend on each other without cycles. */
	static ArchRule featurePackagesFreeOfCycles() {
		return slices().assignedFrom(new SliceAssignment() {
			@Override
			public SliceIdentifier getIdentifierOf(JavaClass type) {
				return type.getPackageName().startsWith(BASE) ? SliceIdentifier.of(type.getPackageName())
						: SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return "the application's packages";
			}
		}).should().beFreeOfCycles();
	}

}
