package kr.nanumteo.rules.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import kr.nanumteo.rules.requests.QueryParameters;

/**
 * A query string that is not percent-encoded UTF-8 is refused before anything reads it, 400 naming each
 * parameter. Tomcat, asked for a parameter it cannot decode, throws to its first caller only and then answers
 * every later one as if that parameter had not been sent: a console search whose applicationId could not be
 * read listed every application's decisions. First of the filters (Spring Security reads parameters too);
 * the answer is ProblemAdvice's, for the console's addresses as well — no browser sends such an address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStrings extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    QueryStrings(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldErrors.FieldError> undecodable = QueryParameters.undecodable(request.getQueryString());
        if (undecodable.isEmpty()) {
            chain.doFilter(request, response);
        } else {
            problems.resolveException(request, response, null, new InvalidRequestException(undecodable));
        }
    }
}
