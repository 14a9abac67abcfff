package org.corridor.observatory.plan;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the plan pack before any bean is made, so that an invalid pack stops the start
 * before the data source or Flyway opens (and creates) a database. The loaded plan is
 * registered as a {@link LoadedPack} for {@link PlanCatalog}.
 */
@Component
class PackBeforeDatabase implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String location = this.environment.getRequiredProperty("observatory.plan.location");
		PackSnapshot snapshot = PackSnapshot.of(PlanCatalog.packFiles(location));
		beanFactory.registerSingleton("loadedPack", new LoadedPack(location, PlanPackLoader.load(snapshot), snapshot));
	}

	/**
	 * The plan as read from its pack, where from, and the pack's files as they were read.
	 */
	record LoadedPack(String location, Plan plan, PackSnapshot snapshot) {
	}

}
