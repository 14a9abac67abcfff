package org.corridor.observatory.geo.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers requests for collections or features we do not serve with an RFC 7807 problem
 * (404). Bad input is left to the application-wide advice, which turns
 * {@link IllegalArgumentException} into 400.
 */
@RestControllerAdvice(basePackageClasses = OgcProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OgcProblemAdvice {

	@ExceptionHandler(UnknownFeatureException.class)
	ProblemDetail notFound(UnknownFeatureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("未找到 / not found");
		return problem;
	}

}
