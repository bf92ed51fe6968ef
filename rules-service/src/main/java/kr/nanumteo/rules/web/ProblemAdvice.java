package kr.nanumteo.rules.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Every error as an RFC 9457 problem detail, with Korean text where staff read it. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidRequest(e.errors());
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
        HttpStatus status = switch (e.why()) {
            case CHECK_FAILED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BAD_ARCHIVE -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case OWN_SUBMISSION -> HttpStatus.FORBIDDEN;
            case SAME_VERSION_OTHER_CONTENT, NO_DIRECTORY, NOT_AWAITING_APPROVAL, WITHDRAWAL_REFUSED, CONCURRENT_CHANGE -> HttpStatus.CONFLICT;
        };
        String title = switch (e.why()) {
            case OWN_SUBMISSION -> "자신이 제출한 팩은 승인할 수 없습니다";
            case WITHDRAWAL_REFUSED -> "규칙 팩을 거두지 않았습니다";
            case NOT_FOUND -> "규칙 팩을 찾을 수 없습니다";
            default -> "규칙 팩을 게시하지 않았습니다";
        };
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

    /** Malformed JSON: one entry naming where the text broke. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String where = "";
        if (ex.getCause() instanceof JacksonException j && j.getLocation() != null) {
            TokenStreamLocation at = j.getLocation();
            where = " (" + at.getLineNr() + "행 " + at.getColumnNr() + "열)";
        }
        ProblemDetail p = invalidRequest(List.of(new FieldErrors.FieldError("$", "JSON 형식이 올바르지 않습니다" + where)));
        return ResponseEntity.badRequest().body(p);
    }

    private static ProblemDetail invalidRequest(List<FieldErrors.FieldError> errors) {
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
