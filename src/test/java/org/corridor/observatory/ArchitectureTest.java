package org.corridor.observatory;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.plan.WrongWayFixture;
import org.corridor.observatory.registry.demo.DemoRegistryLoaderFixture;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.UsesDemoFixture;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries, as an allow-list ({@link Modules#ALLOWED}) over the real layering:
 * tabular reading and the plan at the bottom, then geometry, the registries, monitoring
 * and the chains; the pages' shared kernel ({@code web}) over the features, each
 * feature's own pages and API ({@code <feature>.web}) over that, the command line on top.
 * Demo packages are start-up wiring that nothing else may use. Inside a feature, its
 * packages depend on each other without cycles. A deliberately wrong dependency (the
 * fixtures in the test sources) must make the rules fail, so that they are known to bite.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.corridor.observatory");

	@Test
	void everyModuleUsesOnlyTheModulesItIsAllowed() {
		Modules.dependOnlyAsAllowed().check(CLASSES);
	}

	@Test
	void theAllowListNamesEveryModuleOfTheApplication() {
		Set<String> found = new java.util.TreeSet<>();
		CLASSES.forEach((type) -> found.add(Modules.moduleOf(type.getPackageName())));
		assertThat(Map.copyOf(Modules.ALLOWED).keySet()).containsAll(found);
	}

	@Test
	void thePackagesOfEachFeatureHaveNoCycles() {
		Modules.featurePackagesFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheCommandLineUsesPicocli() {
		noClasses().that()
			.resideOutsideOfPackage("..observatory.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("picocli..")
			.check(CLASSES);
	}

	@Test
	void controllersStayInWebPackages() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.or()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.resideOutsideOfPackages("..web..")
			.check(CLASSES);
	}

	@Test
	void aFeatureThatReachesUpIsCaught() {
		JavaClasses wrong = new ClassFileImporter().importClasses(WrongWayFixture.class, ObservationStore.class);
		EvaluationResult result = Modules.dependOnlyAsAllowed().evaluate(wrong);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("WrongWayFixture")
			.contains("plan may not use monitor");
	}

	@Test
	void aFeatureThatUsesDemoDataIsCaught() {
		JavaClasses wrong = new ClassFileImporter().importClasses(UsesDemoFixture.class,
				DemoRegistryLoaderFixture.class);
		EvaluationResult result = Modules.dependOnlyAsAllowed().evaluate(wrong);
		assertThat(result.getFailureReport().toString()).contains("UsesDemoFixture")
			.contains("registry may not use registry.demo");
	}

	@Test
	void aCycleInsideAFeatureIsCaught() {
		JavaClasses cycle = new ClassFileImporter().importClasses(UsesDemoFixture.class,
				DemoRegistryLoaderFixture.class, EnterpriseFinder.class);
		ArchRule rule = Modules.featurePackagesFreeOfCycles();
		assertThat(rule.evaluate(cycle).hasViolation()).isTrue();
	}

}
