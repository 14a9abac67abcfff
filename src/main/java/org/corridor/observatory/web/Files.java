package org.corridor.observatory.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.corridor.observatory.tabular.FileTemplate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the registry's API: uploaded names, templates and downloads. */
public final class Files {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Files() {
	}

	/** The name an upload came with, which decides how it is read. */
	public static String name(MultipartFile file) {
		return (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.csv";
	}

	/**
	 * A template as {@code base.xlsx}, or as {@code base.csv} when {@code xlsx} is false.
	 */
	public static ResponseEntity<byte[]> template(FileTemplate template, boolean xlsx, Locale locale, String base) {
		return xlsx ? download(template.xlsx(locale), XLSX, base + ".xlsx")
				: download(template.csv(locale), CSV, base + ".csv");
	}

	public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
