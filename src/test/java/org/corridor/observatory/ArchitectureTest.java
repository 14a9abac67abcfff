package org.corridor.observatory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Module boundaries: features are packages. The plan depends on no other feature;
 * geometry on the plan and tabular reading; figures on the plan and geometry; only the
 * surfaces (web, cli) sit on top.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.corridor.observatory");

	@Test
	void featureModulesHaveNoCycles() {
		slices().matching("org.corridor.observatory.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void thePlanDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("..observatory.plan..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.monitor..", "..observatory.geo..", "..observatory.web..",
					"..observatory.cli..", "..observatory.tabular..")
			.check(CLASSES);
	}

	@Test
	void geometryDependsOnlyOnThePlanAndTabularReading() {
		noClasses().that()
			.resideInAPackage("..observatory.geo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.monitor..", "..observatory.web..", "..observatory.cli..")
			.check(CLASSES);
	}

	@Test
	void theRegistryDependsOnlyOnThePlanGeometryAndTabularReading() {
		noClasses().that()
			.resideInAPackage("..observatory.registry..")
			.and()
			.resideOutsideOfPackage("..observatory.registry.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.monitor..", "..observatory.web..", "..observatory.cli..",
					"..observatory.registry.web..")
			.check(CLASSES);
	}

	@Test
	void theChainsSitOnTheRegistryAndDoNotKnowTheirSurfaces() {
		noClasses().that()
			.resideInAPackage("..observatory.chain..")
			.and()
			.resideOutsideOfPackage("..observatory.chain.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.web..", "..observatory.cli..", "..observatory.chain.web..",
					"..observatory.registry.web..", "..observatory.monitor.web..")
			.check(CLASSES);
		noClasses().that()
			.resideInAnyPackage("..observatory.plan..", "..observatory.geo..", "..observatory.registry..",
					"..observatory.tabular..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..observatory.chain..")
			.check(CLASSES);
	}

	@Test
	void tabularReadingKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("..observatory.tabular..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.plan..", "..observatory.geo..", "..observatory.monitor..",
					"..observatory.web..", "..observatory.cli..")
			.check(CLASSES);
	}

	@Test
	void monitoringDoesNotDependOnItsSurfaces() {
		noClasses().that()
			.resideInAPackage("..observatory.monitor..")
			.and()
			.resideOutsideOfPackage("..observatory.monitor.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..observatory.web..", "..observatory.cli..", "..observatory.monitor.web..")
			.check(CLASSES);
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
		// every surface in a web package: the feature's own (plan.web, geo.web …) or the
		// pages' (web)
		noClasses().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.or()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.resideOutsideOfPackages("..web..")
			.check(CLASSES);
	}

}
