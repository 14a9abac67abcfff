package org.corridor.observatory.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report asked for, as it stands: waiting, being made (with its phase and how far it
 * has come), done (with its inputs and the files' hashes) or failed.
 *
 * @param id the report's id
 * @param planId the plan
 * @param year the year reported on
 * @param zoneCode the scope
 * @param asOf the as-of date of the figures
 * @param language {@code zh} or {@code en}
 * @param state where it stands
 * @param phase the step being made (evaluating, districts, platforms, chains, charts,
 * docx, pdf, archiving), or the state's name once ended
 * @param percent how far it has come, 0–100
 * @param planVersion the plan version used, once known
 * @param figuresSha256 the SHA-256 of the figures used, once known
 * @param demo whether demo figures were used
 * @param docxSha256 the Word file's SHA-256, once made
 * @param pdfSha256 the PDF's SHA-256, once made
 * @param error why it failed, in Chinese and English, or null
 * @param requestedBy who asked
 * @param requestedAt when
 * @param finishedAt when it ended, or null
 * @param scenarios the what-if scenarios included, in the order asked; each with the
 * version used once made
 */
public record ReportJob(String id, String planId, int year, String zoneCode, LocalDate asOf, String language,
		State state, String phase, int percent, Integer planVersion, String figuresSha256, boolean demo,
		String docxSha256, String pdfSha256, String error, String requestedBy, Instant requestedAt, Instant finishedAt,
		List<Included> scenarios) {

	public ReportJob {
		scenarios = List.copyOf(scenarios);
	}

	ReportJob at(State state, String phase, int percent) {
		return new ReportJob(this.id, this.planId, this.year, this.zoneCode, this.asOf, this.language, state, phase,
				percent, this.planVersion, this.figuresSha256, this.demo, this.docxSha256, this.pdfSha256, this.error,
				this.requestedBy, this.requestedAt, this.finishedAt, this.scenarios);
	}

	/**
	 * A scenario included in a report.
	 *
	 * @param id the scenario's number
	 * @param version the version used, or null until the report is made
	 */
	public record Included(long id, Integer version) {

		/** As stored: {@code id} or {@code id@version}, comma-separated. */
		static String text(List<Included> scenarios) {
			return scenarios.isEmpty() ? null : String.join(",",
					scenarios.stream().map((s) -> s.id() + ((s.version() != null) ? "@" + s.version() : "")).toList());
		}

		/** Read back from {@link #text}. */
		static List<Included> parse(String text) {
			List<Included> found = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				for (String one : text.split(",")) {
					String[] parts = one.split("@");
					found.add(new Included(Long.parseLong(parts[0]),
							(parts.length > 1) ? Integer.valueOf(parts[1]) : null));
				}
			}
			return found;
		}

	}

	/** Where a report stands. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED;

		public boolean ended() {
			return this == DONE || this == FAILED || this == INTERRUPTED;
		}

	}

}
