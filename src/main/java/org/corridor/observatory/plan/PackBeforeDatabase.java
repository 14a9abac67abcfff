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
		beanFactory.registerSingleton("loadedPack",
				new LoadedPack(location, PlanPackLoader.load(PlanCatalog.packFiles(location))));
	}

	/** The plan as read from its pack, and where from. */
	record LoadedPack(String location, Plan plan) {
	}

}
