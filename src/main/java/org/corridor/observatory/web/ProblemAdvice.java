package org.corridor.observatory.web;

import java.util.List;

import org.corridor.observatory.chain.UnknownChainException;
import org.corridor.observatory.geo.boundary.BoundaryRejectedException;
import org.corridor.observatory.monitor.UnacknowledgedWarningsException;
import org.corridor.observatory.monitor.round.RoundConflictException;
import org.corridor.observatory.plan.UnknownIndicatorException;
import org.corridor.observatory.plan.PlanVersionConflictException;
import org.corridor.observatory.plan.UnknownPlanException;
import org.corridor.observatory.plan.UnknownZoneException;
import org.corridor.observatory.security.ZoneAccessDeniedException;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ImportsBusyException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns expected failures of the API into RFC 7807 problem details: 404 unknown, 400 bad
 * input, 503 with {@code Retry-After} when imports are busy.
 */
@RestControllerAdvice(basePackages = "org.corridor.observatory")
class ProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler({ UnknownPlanException.class, UnknownIndicatorException.class, UnknownZoneException.class,
			UnknownChainException.class })
	ProblemDetail notFound(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ RoundConflictException.class, PlanVersionConflictException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(ZoneAccessDeniedException.class)
	ProblemDetail forbidden(ZoneAccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(ImportRejectedException.class)
	ProblemDetail importRejected(ImportRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("导入被拒绝,未做任何更改 / import rejected, nothing was changed");
		List<ImportProblem> problems = ex.problems();
		problem.setProperty("problems", problems);
		return problem;
	}

	/**
	 * A figures file with warnings not acknowledged: 409, with every warning (its key,
	 * its numbers, 中文/English) and the keys still to acknowledge.
	 */
	@ExceptionHandler(UnacknowledgedWarningsException.class)
	ProblemDetail unacknowledged(UnacknowledgedWarningsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("警告须逐条说明,未做任何更改 / warnings to acknowledge, nothing was changed");
		problem.setProperty("warnings", ex.warnings());
		problem.setProperty("missing", ex.missing());
		problem.setProperty("acknowledgeWith", "acknowledgement=KEY=comment");
		return problem;
	}

	@ExceptionHandler(ImportsBusyException.class)
	ResponseEntity<ProblemDetail> busy(ImportsBusyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("导入繁忙，请稍后重试 / imports busy, try again later");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.body(problem);
	}

	@ExceptionHandler(BoundaryRejectedException.class)
	ProblemDetail boundariesRejected(BoundaryRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("边界文件被拒绝,未做任何更改 / boundary file rejected, nothing was changed");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	/**
	 * A database error is ours, not the client's: every value is checked before it is
	 * written, so this is a bug. The SQL and its values go to the log; the client is told
	 * only that nothing was changed.
	 */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail databaseFailed(DataAccessException ex) {
		log.error("A request failed in the database", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"数据库拒绝了这次更改，未做任何更改；详情见服务器日志 / the database refused the change and nothing was changed;"
						+ " the server log has the details");
		problem.setTitle("内部错误 / internal error");
		return problem;
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
			MultipartException.class })
	ProblemDetail badRequest(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
