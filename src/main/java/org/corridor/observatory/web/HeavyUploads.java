package org.corridor.observatory.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.tabular.ImportsBusyException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many large uploads are read and checked at once. The synchronous imports
 * (figures, firms, platforms, points, boundaries, chain inputs) read the whole file in
 * the request; a few hundred megabytes each, many at once would exhaust the heap. A
 * multipart request larger than {@code observatory.imports.heavy-upload-size} (or of
 * unknown length) needs one of {@code observatory.imports.heavy-uploads} permits for as
 * long as it runs; without one it is answered 503 with {@code Retry-After} and a
 * 中文/English problem at once, before its body is read. Smaller uploads pass freely. The
 * background enterprise jobs are not counted here: their files wait on disk in a bounded
 * queue. Runs after the security filters, so only accounts allowed to import take
 * permits.
 */
@Component
class HeavyUploads extends OncePerRequestFilter {

	private final Semaphore permits;

	private final int count;

	private final long threshold;

	private final Duration retryAfter;

	private final ObjectMapper json;

	HeavyUploads(@Value("${observatory.imports.heavy-uploads:2}") int count,
			@Value("${observatory.imports.heavy-upload-size:8MB}") DataSize threshold,
			@Value("${observatory.imports.retry-after:60s}") Duration retryAfter, ObjectMapper json) {
		if (count < 1) {
			throw new IllegalArgumentException("observatory.imports.heavy-uploads must be at least 1: " + count);
		}
		this.permits = new Semaphore(count);
		this.count = count;
		this.threshold = threshold.toBytes();
		this.retryAfter = retryAfter;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		boolean upload = ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		long length = request.getContentLengthLong();
		return !upload || (length >= 0 && length < this.threshold) || request.getRequestURI().endsWith("/jobs");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.permits.tryAcquire()) {
			refuse(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	private void refuse(HttpServletResponse response) throws IOException {
		ImportsBusyException busy = new ImportsBusyException("正在处理 " + this.count + " 个大文件，已达上限，请稍后再上传",
				"the platform is already reading " + this.count + " large files, its limit; please upload again later",
				this.retryAfter);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage());
		problem.setTitle("导入繁忙，请稍后重试 / imports busy, try again later");
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, busy.retryAfter().toSeconds())));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
