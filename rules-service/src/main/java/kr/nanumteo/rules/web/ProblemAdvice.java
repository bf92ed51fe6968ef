package kr.nanumteo.rules.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import kr.nanumteo.rules.audit.ReplayRefusedException;
import kr.nanumteo.rules.admin.PackRefusedException;
import kr.nanumteo.rules.decisions.DecisionNotRecordedException;
import kr.nanumteo.rules.decisions.UnresolvedReferenceException;
import kr.nanumteo.rules.packs.NoPackInForceException;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import kr.nanumteo.rules.requests.NotFoundException;
import kr.nanumteo.rules.requests.QueryParameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error as an RFC 9457 problem detail, with Korean text where staff read it. The framework's own
 * problems (405, 415, …) take their Korean title and detail from messages.properties, as
 * ResponseEntityExceptionHandler looks them up, and their type from {@link Problems#forStatus}.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidRequest(e.errors());
    }

    /**
     * A query parameter Tomcat could not decode (a bad %-escape, bytes that are not UTF-8): 400 naming each
     * one; too many parameters: the status Tomcat gives it.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e, HttpServletRequest request) {
        int status = e.getErrorCode();
        if (status > 400 && status < 500) {
            return Problems.of(HttpStatusCode.valueOf(status), Problems.forStatus(status), Problems.title(status),
                    "요청의 매개변수를 받아들일 수 없습니다 (HTTP " + status + ").");
        }
        return invalidRequest(QueryParameters.refusal(request.getQueryString()).errors());
    }

    @ExceptionHandler(NoPackInForceException.class)
    ProblemDetail noPack(NoPackInForceException e) {
        ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Problems.NO_RULE_PACK, "시행 중인 규칙 팩이 없습니다",
                e.getMessage() + ". 있는 규칙 팩: " + e.available());
        p.setProperty("asOf", e.asOf().toString());
        if (e.requested() != null) {
            p.setProperty("rulePack", e.requested());
        }
        List<Map<String, String>> packs = new ArrayList<>();
        e.available().forEach((id, period) -> packs.add(Map.of("id", id, "period", period)));
        p.setProperty("availablePacks", packs);
        return p;
    }

    /** A cited decision (e.g. an applicant's eligibility decisionId) that is not in the log or is of another kind. */
    @ExceptionHandler(UnresolvedReferenceException.class)
    ProblemDetail unresolved(UnresolvedReferenceException e) {
        return byField(HttpStatus.UNPROCESSABLE_CONTENT, Problems.UNRESOLVED_REFERENCE, "참조한 결정을 쓸 수 없습니다", e.errors());
    }

    @ExceptionHandler(DecisionNotRecordedException.class)
    ResponseEntity<ProblemDetail> notRecorded(DecisionNotRecordedException e) {
        log.error("decision not recorded, answered 503", e);
        ProblemDetail p = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.NOT_RECORDED, "결정을 기록할 수 없습니다",
                "결정 기록 저장소(PostgreSQL)에 쓸 수 없어 판정 결과를 돌려드리지 않습니다. 잠시 후 다시 요청해 주세요.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    /** A rule of the pack threw while deciding: the pack's fault. Nothing was recorded; the log has the decision id. */
    @ExceptionHandler(RuleFailedException.class)
    ProblemDetail ruleFailed(RuleFailedException e) {
        RulePack.Ref pack = e.pack();
        String rule = e.ruleId() == null ? e.file() + "의 한 규칙" : "규칙 " + e.ruleId() + " \"" + e.ruleName() + "\"";
        ProblemDetail p = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.RULE_FAILED, "규칙을 평가하다 오류가 났습니다",
                "규칙 팩 " + pack.id() + " " + pack.version() + "의 " + rule + "이(가) 이 요청을 판정하다 오류를 냈습니다 (" + e.reason()
                        + "). 결정은 기록되지 않았습니다. 정책 담당자에게 알려 주세요"
                        + (e.decisionId() == null ? "." : " (오류 번호 " + e.decisionId() + ")."));
        p.setProperty("rulePack", pack);
        p.setProperty("ruleId", e.ruleId());
        p.setProperty("file", e.file());
        p.setProperty("correlationId", e.decisionId());
        return p;
    }

    @ExceptionHandler(ReplayRefusedException.class)
    ProblemDetail replayRefused(ReplayRefusedException e) {
        boolean changed = e.why() == ReplayRefusedException.Why.PACK_CHANGED;
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, changed ? Problems.PACK_CHANGED : Problems.PACK_NOT_LOADED,
                changed ? "규칙 팩의 내용이 결정 당시와 다릅니다" : "결정을 내린 규칙 팩이 없습니다", e.getMessage());
        p.setProperty("recordedPack", e.recorded());
        p.setProperty("loadedPacks", e.loaded());
        return p;
    }

    @ExceptionHandler(PackRefusedException.class)
    ProblemDetail packRefused(PackRefusedException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        String title = e.title();
        ProblemDetail p = Problems.of(status, Problems.PACK_REFUSED, title, e.getMessage());
        p.setProperty("reason", e.why().name());
        if (!e.reports().isEmpty()) {
            p.setProperty("reports", e.reports());
        }
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "찾을 수 없습니다", e.getMessage());
    }

    /**
     * The body could not be read: refused by RequestBodies (too large, too slow, not UTF-8), a key given
     * twice, or malformed JSON — one entry naming the key, or where the text broke.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            HttpStatus refused = cause instanceof RequestBodies.TooLargeException ? HttpStatus.CONTENT_TOO_LARGE
                    : cause instanceof RequestBodies.TooSlowException ? HttpStatus.REQUEST_TIMEOUT
                    : cause instanceof RequestBodies.NotUtf8Exception ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : null;
            if (refused != null) {
                return ResponseEntity.status(refused).body(Problems.of(refused, Problems.forStatus(refused.value()),
                        Problems.title(refused.value()), cause.getMessage()));
            }
        }
        if (ex.getCause() instanceof StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate Object property") && read.processor() != null) {
            // Jackson's strict duplicate detection (spring.jackson.read.strict-duplicate-detection) names no
            // field but its message; the parser still stands on the key given twice.
            String field = FieldErrors.fromPointer(read.processor().streamReadContext().pathAsPointer().toString());
            return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldErrors.FieldError(field,
                    "같은 항목이 두 번 있습니다 (JSON 객체의 키는 한 번씩만 쓸 수 있습니다)"))));
        }
        if (ex.getCause() == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldErrors.FieldError("$",
                    "요청 본문이 비어 있습니다: JSON 객체를 보내 주세요"))));
        }
        String where = "";
        if (ex.getCause() instanceof JacksonException j && j.getLocation() != null) {
            TokenStreamLocation at = j.getLocation();
            where = " (" + at.getLineNr() + "행 " + at.getColumnNr() + "열)";
        }
        String what = ex.getCause() instanceof StreamConstraintsException
                ? "JSON이 받을 수 있는 한도를 넘습니다: 너무 깊이 중첩되었거나 값 하나가 너무 깁니다"
                : "JSON 형식이 올바르지 않습니다";
        ProblemDetail p = invalidRequest(List.of(new FieldErrors.FieldError("$", what + where)));
        return ResponseEntity.badRequest().body(p);
    }

    /** A path or query value of the wrong type (a decisionId that is not a UUID): 400 naming the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == UUID.class ? "UUID" : ex.getRequiredType() == null ? "올바른 값"
                : ex.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldErrors.FieldError(String.valueOf(name),
                expected + "여야 합니다 (받은 값: " + ex.getValue() + ")"))));
    }

    /** A required query parameter left out: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldErrors.FieldError(ex.getParameterName(), "필수 항목입니다"))));
    }

    /**
     * What no handler above expects is a fault of the service, never of the caller: 500, with a
     * correlation id that the log line carries too, so that a caller's report leads to the stack trace.
     * The exception itself stays out of the answer.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            log.warn("error after the answer was committed on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        return ResponseEntity.internalServerError().body(internal(e, request.getMethod() + " " + request.getRequestURI()));
    }

    /** The 500 problem, logged under a fresh correlation id. */
    static ProblemDetail internal(Throwable e, String what) {
        String id = UUID.randomUUID().toString();
        log.error("internal error {} on {}", id, what, e);
        ProblemDetail p = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "서비스 내부 오류입니다",
                "요청을 처리하다 예상하지 못한 오류가 났습니다. 문의할 때 오류 번호 " + id + "를 알려 주세요.");
        p.setProperty("correlationId", id);
        return p;
    }

    /**
     * The framework's own problems get our type for their status, and a Korean title where
     * messages.properties has none for the exception (the title is then still the English reason phrase).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail p) {
            Problems.localize(p);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail invalidRequest(List<FieldErrors.FieldError> errors) {
        return byField(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "요청 값이 올바르지 않습니다", errors);
    }

    /** A problem naming its fields, one entry each in {@code errors}. */
    private static ProblemDetail byField(HttpStatus status, URI type, String title, List<FieldErrors.FieldError> errors) {
        ProblemDetail p = Problems.of(status, type, title,
                errors.size() + "개 항목을 확인해 주세요: " + String.join(", ", errors.stream().map(FieldErrors.FieldError::field).toList()));
        p.setProperty("errors", errors);
        return p;
    }
}
