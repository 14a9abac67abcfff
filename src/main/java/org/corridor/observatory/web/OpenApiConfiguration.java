package org.corridor.observatory.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API in its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI observatoryApi() {
		return new OpenAPI().info(new Info().title("Corridor Observatory API 规划观测台接口")
			.version("v1")
			.description("The plan as data, figures and their import, and evaluations. Responses that carry "
					+ "generated demo figures say so with demo: true and a notice. 含演示数据的响应均标注 demo: true。"));
	}

}
