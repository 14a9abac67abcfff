package org.corridor.observatory.geo.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.observatory.geo.FeatureCollectionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole feature collection as one GeoJSON file to download, for users who want the
 * zones or the registry's points in a desktop GIS or a spreadsheet tool without speaking
 * OGC API. The file carries the DEMO notice when the data does. It is written as the
 * features are read, one at a time, so a registry of a million firms is never held in
 * memory, and the reading stops when the client goes away.
 */
@RestController
@RequestMapping(GeoJsonExportController.PATH)
@Tag(name = "geojson", description = "GeoJSON 导出 / GeoJSON export of every feature collection")
class GeoJsonExportController {

	static final String PATH = "/api/v1/geojson";

	private static final Logger log = LoggerFactory.getLogger(GeoJsonExportController.class);

	private final FeatureCollections collections;

	// A flush after each feature would send each to the network on its own.
	private final ObjectWriter writer;

	GeoJsonExportController(FeatureCollections collections, ObjectMapper json) {
		this.collections = collections;
		this.writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
	}

	@GetMapping("/{collectionId}")
	@Operation(summary = "Every feature of a collection as a GeoJSON file (attachment <id>.geojson)")
	void export(@PathVariable String collectionId, HttpServletResponse response) throws IOException {
		FeatureCollectionSource source = this.collections.get(collectionId);
		boolean demo = source.demo();
		response.setContentType(GeoJson.MEDIA_TYPE.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(source.id() + ".geojson").build().toString());
		long[] written = { 0 };
		try (JsonGenerator out = this.writer.createGenerator(response.getOutputStream())) {
			out.writeStartObject();
			out.writeStringField("type", "FeatureCollection");
			out.writeStringField("name", source.id());
			if (demo) {
				out.writeBooleanField("demo", true);
				out.writeStringField("notice", GeoJson.notice(true));
			}
			out.writeArrayFieldStart("features");
			source.forEach(null, (feature) -> {
				try {
					this.writer.writeValue(out, GeoJson.feature(feature, demo, null));
					written[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.writeEndArray();
			out.writeEndObject();
		}
		catch (IOException | RuntimeException ex) {
			if (!response.isCommitted()) {
				throw ex;
			}
			// Part of the file has gone out, so nothing more can be said to the client:
			// most likely it has gone away.
			log.info("GeoJSON export of {} stopped after {} features: {}", collectionId, written[0], ex.toString());
		}
	}

}
