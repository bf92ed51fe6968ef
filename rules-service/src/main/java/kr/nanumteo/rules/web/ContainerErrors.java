package kr.nanumteo.rules.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kr.nanumteo.rules.requests.QueryParameters;

/**
 * What the servlet container forwards to /error: an error raised outside Spring MVC, where
 * ProblemAdvice cannot see it — a request the security firewall refused, an exception in a filter, a
 * sendError. Answered as a problem detail like every other error, instead of Spring Boot's English
 * error JSON. AccessControl lets the error dispatch through; a request for /error itself stays refused.
 */
@RestController
class ContainerErrors implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (exception instanceof InvalidParameterException) {
            // a form body Tomcat could not decode, read by a filter (Spring Security's login, its CSRF check)
            ProblemDetail p = ProblemAdvice.invalidRequest(QueryParameters.refusal(null).errors());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        ProblemDetail p = status >= 500
                ? ProblemAdvice.internal(exception, request.getAttribute(RequestDispatcher.ERROR_MESSAGE) + " " + uri)
                : Problems.of(HttpStatusCode.valueOf(status), Problems.forStatus(status), Problems.title(status), detail(status));
        if (uri != null) {
            p.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "요청의 주소나 헤더를 받아들일 수 없습니다.";
            case 404 -> "이 경로에는 아무것도 없습니다.";
            case 505 -> "이 HTTP 버전으로는 받지 않습니다: HTTP/1.1로 보내 주세요.";
            default -> "요청을 처리할 수 없습니다 (HTTP " + status + ").";
        };
    }
}
