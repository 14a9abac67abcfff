package org.corridor.observatory.report;

import org.springframework.http.MediaType;

/** The two files of a report. */
public enum ReportFormatKind {

	DOCX("docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
	PDF("pdf", MediaType.APPLICATION_PDF);

	private final String extension;

	private final MediaType type;

	ReportFormatKind(String extension, MediaType type) {
		this.extension = extension;
		this.type = type;
	}

	public String extension() {
		return this.extension;
	}

	public MediaType type() {
		return this.type;
	}

}
