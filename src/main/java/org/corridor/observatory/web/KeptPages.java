package org.corridor.observatory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages kept as written until something changes (保留已生成页面). Most views of the overview, an
 * indicator or the firm search show the same thing to the same account until figures,
 * firms, platforms, zones or any other audited record change; writing such a page again
 * costs more than everything else in its request (Thymeleaf and its expressions: over
 * half of a page view's CPU under load, bench/README.md "Load at a million firms"). A
 * kept page is sent again as written, with the request's own CSRF token put in place of
 * the one it was written with.
 * <p>
 * What keeps this correct:
 * <ul>
 * <li>Only the pages named in {@code observatory.pages.kept} (GET, answered 200 as HTML
 * or JSON) are kept, never one asked with {@code lang} (that request also sets the
 * language cookie), {@code unpublished}, {@code includeUnpublished} or {@code asOf}.</li>
 * <li>A page is kept per account (name and roles), language and full address: nobody is
 * sent a page written for someone else.</li>
 * <li>Every kept page is forgotten once any change commits: any event of this application
 * ({@code FiguresPublished}, {@code RegistryChanged}, an audit entry — every change is
 * audited —, a notification, …). A page being written while a change commits is kept with
 * the generation it started under, so it is never sent again.</li>
 * <li>At most {@code observatory.pages.kept-chars} characters are kept (the least
 * recently sent go first).</li>
 * </ul>
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
public class KeptPages extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private static final List<String> NOT_KEPT_WITH = List.of("lang", "unpublished", "includeUnpublished", "asOf");

	private final List<String> kept;

	private final long maxChars;

	private final LocaleResolver locales;

	private final AtomicLong generation = new AtomicLong();

	private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private long chars;

	KeptPages(@Value("${observatory.pages.kept:}") List<String> kept,
			@Value("${observatory.pages.kept-chars:16000000}") long maxChars, LocaleResolver locales) {
		this.kept = kept.stream().map(String::trim).filter((path) -> !path.isEmpty()).toList();
		this.maxChars = maxChars;
		this.locales = locales;
	}

	/** Forgets every kept page once a change of this application's data has committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(Object event) {
		if (event.getClass().getName().startsWith("org.corridor.observatory.")) {
			this.generation.incrementAndGet();
			synchronized (this.pages) {
				this.pages.clear();
				this.chars = 0;
			}
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || this.kept.isEmpty()) {
			return true;
		}
		for (String parameter : NOT_KEPT_WITH) {
			if (request.getParameter(parameter) != null) {
				return true;
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.kept.stream().noneMatch((pattern) -> PATHS.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = this.generation.get();
		Locale locale = this.locales.resolveLocale(request);
		String key = key(request, locale);
		Page page;
		synchronized (this.pages) {
			page = this.pages.get(key);
		}
		String token = csrfToken(request);
		if (page != null && page.generation() == started) {
			String body = (page.token() != null && token != null) ? page.body().replace(page.token(), token)
					: page.body();
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			response.setLocale(locale);
			response.setContentType(page.contentType());
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			return;
		}
		ContentCachingResponseWrapper written = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, written);
		String contentType = written.getContentType();
		if (written.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& (contentType.startsWith("text/html") || contentType.startsWith("application/json"))) {
			keep(key, new Page(started, contentType,
					new String(written.getContentAsByteArray(), StandardCharsets.UTF_8), token));
		}
		written.copyBodyToResponse();
	}

	private void keep(String key, Page page) {
		if (page.body().length() > this.maxChars / 4) {
			return;
		}
		synchronized (this.pages) {
			if (page.generation() != this.generation.get()) {
				return;
			}
			Page before = this.pages.put(key, page);
			this.chars += page.body().length() - ((before != null) ? before.body().length() : 0);
			var oldest = this.pages.entrySet().iterator();
			while (this.chars > this.maxChars && oldest.hasNext()) {
				this.chars -= oldest.next().getValue().body().length();
				oldest.remove();
			}
		}
	}

	private static String key(HttpServletRequest request, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = (authentication == null || !authentication.isAuthenticated()) ? ""
				: authentication.getName() + authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.sorted()
					.collect(Collectors.joining(",", "[", "]"));
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + "|" + locale.toLanguageTag() + "|"
				+ who;
	}

	/** The request's CSRF token as a form carries it, or null when there is none. */
	private static String csrfToken(HttpServletRequest request) {
		return (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) ? token.getToken() : null;
	}

	/**
	 * A page as written.
	 *
	 * @param generation the changes it was written after
	 * @param contentType its content type
	 * @param body the page
	 * @param token the CSRF token written into it, or null
	 */
	record Page(long generation, String contentType, String body, String token) {
	}

}
