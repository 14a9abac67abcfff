package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.observatory.monitor.UnacknowledgedWarningsException;
import org.corridor.observatory.monitor.UploadWarning;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The running platform's REST API, for commands given {@code --server URL}: the command
 * asks the platform instead of opening its database, which the platform holds. Requests
 * carry the personal API token as a bearer token; the platform checks its role.
 */
final class PlatformApi {

	static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
		.featuresToDisable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestClient client;

	private final String server;

	PlatformApi(String server, String token) {
		this.server = server.replaceAll("/+$", "");
		RestClient.Builder builder = RestClient.builder().baseUrl(this.server);
		String given = (token != null) ? token : System.getenv(CliSignIn.ENVIRONMENT);
		if (given != null && !given.isBlank()) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + given.strip());
		}
		this.client = builder.build();
	}

	/** The plan asked for, or the one the platform serves. */
	String plan(String planId) {
		return (planId != null) ? planId : get("/api/v1/plans", Map.of()).path(0).path("id").asText();
	}

	/** A GET answered with JSON; the query parameters that are null are left out. */
	JsonNode get(String path, Map<String, Object> query) {
		return call(() -> this.client.get().uri((uri) -> {
			uri.path(path);
			query.forEach((name, value) -> {
				if (value != null) {
					uri.queryParam(name, value);
				}
			});
			return uri.build();
		}).accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class));
	}

	/** A multipart POST of one file (part {@code file}) and some form fields. */
	JsonNode postFile(String path, Path file, Map<String, ? extends Object> fields) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		fields.forEach((name, value) -> {
			if (value instanceof List<?> values) {
				values.forEach((each) -> parts.add(name, each));
			}
			else {
				parts.add(name, value);
			}
		});
		return call(() -> this.client.post()
			.uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.accept(MediaType.APPLICATION_JSON)
			.body(parts)
			.retrieve()
			.body(JsonNode.class));
	}

	JsonNode post(String path) {
		return call(
				() -> this.client.post().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class));
	}

	private JsonNode call(Supplier<JsonNode> request) {
		try {
			return request.get();
		}
		catch (ResourceAccessException ex) {
			throw new CliFailure(5, "无法连接平台 " + this.server + " / cannot reach the platform at " + this.server + ": "
					+ ex.getMostSpecificCause().getMessage());
		}
		catch (RestClientResponseException ex) {
			throw refusal(ex);
		}
	}

	/** What the platform answered, said as the local command would say it. */
	private RuntimeException refusal(RestClientResponseException ex) {
		JsonNode body = readBody(ex.getResponseBodyAsString());
		int status = ex.getStatusCode().value();
		if (status == 400 && body.path("problems").isArray() && body.path("problems").size() > 0
				&& body.path("problems").path(0).has("row")) {
			List<ImportProblem> problems = new ArrayList<>();
			body.path("problems")
				.forEach((p) -> problems.add(new ImportProblem(p.path("row").asInt(), p.path("column").asText(),
						p.path("value").asText(), p.path("zh").asText(), p.path("en").asText())));
			return new ImportRejectedException(problems);
		}
		if (status == 409 && body.path("warnings").isArray()) {
			List<UploadWarning> warnings = new ArrayList<>();
			body.path("warnings")
				.forEach((w) -> warnings.add(new UploadWarning(w.path("key").asText(), w.path("outlier").asBoolean(),
						w.path("code").asText(), w.path("zone").asText(), w.path("year").asInt(),
						w.path("value").decimalValue(), w.path("reference").decimalValue(), w.path("zh").asText(),
						w.path("en").asText())));
			List<String> missing = new ArrayList<>();
			body.path("missing").forEach((key) -> missing.add(key.asText()));
			return new UnacknowledgedWarningsException(warnings, missing);
		}
		if (status == 401) {
			return new CliFailure(3, "令牌无效、已撤销或未给出（--token 或 " + CliSignIn.ENVIRONMENT
					+ "）/ the token is missing, unknown or revoked (--token or " + CliSignIn.ENVIRONMENT + ")");
		}
		if (status == 403) {
			return new CliFailure(3, "此令牌的账号无权执行此操作 / the token's account may not do this");
		}
		String detail = body.path("detail").asText(ex.getStatusText());
		return new CliFailure(1, "平台拒绝 / the platform refused (HTTP " + status + "): " + detail);
	}

	private static JsonNode readBody(String body) {
		try {
			return JSON.readTree((body == null || body.isBlank()) ? "{}" : body);
		}
		catch (IOException ex) {
			return JSON.createObjectNode();
		}
	}

}
