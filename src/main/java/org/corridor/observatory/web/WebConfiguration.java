package org.corridor.observatory.web;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: Simplified Chinese unless the user switches with {@code ?lang=en}; the
 * static files served from their own paths only.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("observatory-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The static files, each kind under its own path, instead of Spring Boot's catch-all
	 * {@code /**} ({@code spring.web.resources.add-mappings=false}). With the resource
	 * chain on (the WebJars locator turns it on), every link a page writes is offered to
	 * the resource handlers to be rewritten (ResourceUrlEncodingFilter, which writes the
	 * WebJars' versions into their links); under the catch-all, each page link was looked
	 * up on the class path, uncached when it is no file, and under load those lookups
	 * queued on one jar's lock: half the request threads of a page under 100 connections
	 * waited there (bench/README.md, "Load at a million firms"). Now a page link matches
	 * no handler and is left as it is.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new RefusedInputIs400());
	}

	/**
	 * A page posted to that answers with the problems of what was sent (a refused file or
	 * form: the model's {@code problems}) answers HTTP 400, as the API does; the page
	 * itself lists the problems.
	 */
	static final class RefusedInputIs400 implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view != null && "POST".equals(request.getMethod())
					&& view.getModel().get("problems") instanceof Collection<?> problems && !problems.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}

	}

}
