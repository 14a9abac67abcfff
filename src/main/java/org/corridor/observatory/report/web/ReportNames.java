package org.corridor.observatory.report.web;

import org.corridor.observatory.report.ReportFormatKind;
import org.corridor.observatory.report.ReportJob;

/** The file name a report is downloaded as. */
final class ReportNames {

	private ReportNames() {
	}

	static String file(ReportJob job, ReportFormatKind kind) {
		return job.planId() + "-report-" + job.year() + "-" + job.zoneCode() + "-" + job.language()
				+ (job.demo() ? "-DEMO" : "") + "." + kind.extension();
	}

}
