package org.corridor.observatory.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.server.PathContainer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Where every error ends: a browser (asking for HTML) gets a page in the house style,
 * Chinese first ({@code ?lang=en} for English), with the way back; an API client gets RFC
 * 7807 problem details. Replaces Spring Boot's white-label page.
 */
@PageController
class ErrorPageController implements ErrorController {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<PathPattern> pages;

	ErrorPageController(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		// Addresses no rule names are refused before anything looks for them; to a
		// person,
		// an address that leads nowhere is a page that does not exist. API clients keep
		// the
		// refusal.
		if (status == HttpStatus.FORBIDDEN && uri instanceof String path && !isPage(path)) {
			status = HttpStatus.NOT_FOUND;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("kind", kind(status));
		model.addAttribute("detail", detail(request, status));
		model.addAttribute("path", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String detail = detail(request, status);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null) ? detail : status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Whether any controller answers at {@code path}. */
	private boolean isPage(String path) {
		if (this.pages == null) {
			this.pages = this.mappings.getObject()
				.getHandlerMethods()
				.keySet()
				.stream()
				.flatMap((info) -> info.getPatternValues().stream())
				.map(PathPatternParser.defaultInstance::parse)
				.toList();
		}
		PathContainer container = PathContainer.parsePath(path);
		return this.pages.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The message key of the kind of error: not found, refused, bad input or a fault. */
	private static String kind(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "notFound";
			case FORBIDDEN, UNAUTHORIZED -> "forbidden";
			case CONFLICT -> "conflict";
			default -> status.is4xxClientError() ? "badRequest" : "fault";
		};
	}

	/** The problem's own message, for bad input or a missing record; never a fault's. */
	private static String detail(HttpServletRequest request, HttpStatus status) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!status.is4xxClientError() || !Integer.valueOf(status.value()).equals(code)) {
			return null;
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return (message instanceof String text && !text.isBlank()) ? text : null;
	}

}
