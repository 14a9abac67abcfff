package org.corridor.observatory.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large uploads hold a permit while they run; one more than the permits is answered 503
 * with {@code Retry-After} and a problem in both languages, small uploads and the job
 * queue's uploads pass, and a permit is given back when its request ends.
 */
class HeavyUploadsTest {

	private final HeavyUploads filter = new HeavyUploads(1, DataSize.ofBytes(100), Duration.ofSeconds(30),
			new ObjectMapper());

	@Test
	void refusesALargeUploadBeyondThePermitsUntilOneIsGivenBack() throws Exception {
		AtomicReference<MockHttpServletResponse> second = new AtomicReference<>();
		AtomicReference<MockHttpServletResponse> small = new AtomicReference<>();
		AtomicReference<MockHttpServletResponse> job = new AtomicReference<>();
		MockHttpServletResponse first = new MockHttpServletResponse();
		this.filter.doFilter(upload("/api/v1/plans/p/enterprises", 1000), first, new MockFilterChain() {

			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
				second.set(send(upload("/api/v1/plans/p/platforms", 1000)));
				small.set(send(upload("/api/v1/plans/p/platforms", 50)));
				job.set(send(upload("/api/v1/plans/p/enterprises/jobs", 1000)));
			}

		});
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.get().getStatus()).isEqualTo(503);
		assertThat(second.get().getHeader("Retry-After")).isEqualTo("30");
		assertThat(second.get().getContentAsString()).contains("请稍后再上传").contains("upload again later");
		assertThat(small.get().getStatus()).isEqualTo(200);
		assertThat(job.get().getStatus()).isEqualTo(200);
		assertThat(send(upload("/api/v1/plans/p/platforms", 1000)).getStatus()).isEqualTo(200);
		assertThat(send(upload("/api/v1/plans/p/platforms", -1)).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.filter.doFilter(request, response, new MockFilterChain());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static MockHttpServletRequest upload(String uri, int length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setContentType("multipart/form-data; boundary=x");
		if (length >= 0) {
			request.setContent(new byte[length]);
		}
		return request;
	}

}
