package org.corridor.observatory;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A file posted as a browser form would: multipart, field {@code file}, with its name.
 */
public final class Uploads {

	private Uploads() {
	}

	public static ResponseEntity<JsonNode> upload(TestRestTemplate http, String path, String fileName, byte[] content) {
		return http.postForEntity(path,
				form(fileName, content, MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON),
				JsonNode.class);
	}

	/** The multipart request of one file, accepting {@code accept}. */
	public static HttpEntity<LinkedMultiValueMap<String, Object>> form(String fileName, byte[] content,
			MediaType... accept) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(List.of(accept));
		return new HttpEntity<>(form, headers);
	}

}
