package kr.nanumteo.rules.console;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import kr.nanumteo.rules.admin.PackRefusedException;
import kr.nanumteo.rules.audit.ReplayRefusedException;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.packs.NoPackInForceException;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import kr.nanumteo.rules.requests.NotFoundException;

/**
 * What every console page knows — who is signed in and with which roles — and how a refusal reaches staff: as
 * a page in Korean with the service's own message (the API's problem details say the same in JSON). Ahead of
 * the API's ProblemAdvice, for the console's controllers only.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    /** A refusal as a page shows it: a heading, the service's message, the fields at fault, and the reports behind it. */
    record Refusal(String title, String message, List<FieldErrors.FieldError> errors, List<kr.nanumteo.rules.packs.PackCheck.Report> reports) {
        /** The message as staff read it, its particles resolved, as the API's problem details have them. */
        Refusal {
            message = message == null ? null : KoreanParticles.resolve(message);
        }
    }

    @ModelAttribute
    void who(Model model, Principal principal) {
        model.addAttribute("who", principal == null ? null : principal.getName());
        model.addAttribute("policy", has(principal, "ROLE_POLICY"));
        model.addAttribute("auditor", has(principal, "ROLE_AUDITOR"));
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("S", Shown.S);
    }

    private static boolean has(Principal principal, String role) {
        return principal instanceof Authentication a && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role));
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, Model model, HttpServletResponse response) {
        return refused(model, response, 400, new Refusal("입력 값이 올바르지 않습니다",
                e.errors().size() + "개 항목을 확인해 주세요. 아무것도 바뀌지 않았습니다.", e.errors(), List.of()));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return refused(model, response, 404, new Refusal("찾을 수 없습니다", e.getMessage(), List.of(), List.of()));
    }

    /** A path that names no draft or decision (not a UUID): nothing there. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badPath(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return refused(model, response, 404, new Refusal("찾을 수 없습니다", "'" + e.getValue() + "'에 해당하는 것이 없습니다 (" + e.getName() + ").",
                List.of(), List.of()));
    }

    @ExceptionHandler(PackRefusedException.class)
    String packRefused(PackRefusedException e, Model model, HttpServletResponse response) {
        return refused(model, response, e.status(), new Refusal(e.title(), e.getMessage(), List.of(), e.reports()));
    }

    @ExceptionHandler(ReplayRefusedException.class)
    String replayRefused(ReplayRefusedException e, Model model, HttpServletResponse response) {
        return refused(model, response, 409, new Refusal("재현하지 않았습니다", e.getMessage(), List.of(), List.of()));
    }

    @ExceptionHandler(NoPackInForceException.class)
    String noPack(NoPackInForceException e, Model model, HttpServletResponse response) {
        return refused(model, response, 422, new Refusal("시행 중인 규칙 팩이 없습니다", e.getMessage() + ". 있는 규칙 팩: " + e.available(),
                List.of(), List.of()));
    }

    @ExceptionHandler(RuleFailedException.class)
    String ruleFailed(RuleFailedException e, Model model, HttpServletResponse response) {
        return refused(model, response, 500, new Refusal("규칙을 평가하다 오류가 났습니다", "규칙 팩 " + e.pack().id() + " " + e.pack().version() + "의 규칙 "
                + (e.ruleId() == null ? "(" + e.file() + ")" : e.ruleId()) + "이(가) 오류를 냈습니다: " + e.reason(), List.of(), List.of()));
    }

    @ExceptionHandler(MultipartException.class)
    String upload(MultipartException e, Model model, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        return refused(model, response, tooLarge ? 413 : 400, new Refusal(tooLarge ? "파일이 너무 큽니다" : "파일을 받지 못했습니다",
                tooLarge ? "올릴 수 있는 파일의 크기를 넘었습니다. 아무것도 바뀌지 않았습니다." : "올린 파일을 읽을 수 없습니다. 다시 골라 올려 주세요.",
                List.of(), List.of()));
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String id = java.util.UUID.randomUUID().toString();
        log.error("internal error {} on console {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return refused(model, response, 500, new Refusal("서비스 내부 오류입니다",
                "요청을 처리하다 예상하지 못한 오류가 났습니다. 문의할 때 오류 번호 " + id + "를 알려 주세요.", List.of(), List.of()));
    }

    private static String refused(Model model, HttpServletResponse response, int status, Refusal refusal) {
        response.setStatus(status);
        model.addAttribute("refusal", refusal);
        model.addAttribute("status", status);
        return "console/refused";
    }

    /** The decision kinds by their Korean names, as the pages show them. */
    static final class Labels {
        static final Map<String, String> KINDS = new java.util.LinkedHashMap<>();

        static {
            KINDS.put("dual-income", "맞벌이가구 판정");
            KINDS.put("admissions", "맞벌이 돌봄센터 입소");
            KINDS.put("pumasi-subsidy", "품앗이 지원금");
            KINDS.put("centre-budget", "나눔터 예산");
            KINDS.put("pooled-budget", "통합 예산");
            KINDS.put("centre-standards", "나눔터 설치 기준");
        }

        /** IN_SERVICE → 운영 중, and so on. */
        static String status(String status) {
            return switch (status) {
                case "IN_SERVICE" -> "운영 중";
                case "AWAITING_APPROVAL" -> "승인 대기";
                case "WITHDRAWN" -> "거둠";
                case "RETIRED" -> "새 버전으로 교체됨";
                default -> status;
            };
        }

        private Labels() {
        }
    }
}
