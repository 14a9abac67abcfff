package org.corridor.observatory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Problem details meant for a person: when a browser asks for a page (it accepts HTML,
 * and the address is not the API's), the problem {@link ProblemAdvice} or Spring wrote is
 * sent as an error instead, which {@link ErrorPageController} shows as a page. API
 * clients keep their RFC 7807 JSON.
 */
@ControllerAdvice
class ErrorPages implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && wantsPage(request)
				&& response instanceof ServletServerHttpResponse servlet) {
			try {
				HttpServletResponse raw = servlet.getServletResponse();
				raw.sendError(problem.getStatus(), problem.getDetail());
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return body;
	}

	/** Whether a browser asked for a page, not a script or a client for data. */
	static boolean wantsPage(ServerHttpRequest request) {
		String path = request.getURI().getPath();
		if (path.startsWith("/api/") || path.startsWith("/ogc") || path.startsWith("/v3/")) {
			return false;
		}
		List<MediaType> accepted = request.getHeaders().getAccept();
		return accepted.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

}
