package org.corridor.observatory.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Says what is wrong with an upload the server could not even unpack into its parts. That
 * happens before a controller is chosen, so this advice, unlike {@link ProblemAdvice}, is
 * not limited to the application's controllers.
 * <p>
 * The server refuses both a file over the size limit and a part whose headers are too
 * long as "too large"; the second is a file name (or form field) of thousands of
 * characters, which is bad input (400), not a large upload (413).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblemAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		if (partHeaderTooLong(ex)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"上传文件的文件名（或表单字段）过长；请把文件改名为较短的名称后再上传 / the uploaded file's name (or a form field)"
							+ " is too long; rename the file to a shorter name and upload it again");
			problem.setTitle("文件名过长 / file name too long");
			return problem;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"文件超过了上传大小的上限；请把数据分成几个文件上传 / the file is larger than the upload limit;"
						+ " split the data into several files");
		problem.setTitle("文件过大 / upload too large");
		return problem;
	}

	private static boolean partHeaderTooLong(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than")) {
				return true;
			}
		}
		return false;
	}

}
