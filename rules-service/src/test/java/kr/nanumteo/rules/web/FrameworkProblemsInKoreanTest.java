package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every exception Spring MVC answers by itself has Korean text here, or a handler of ours. */
class FrameworkProblemsInKoreanTest {

    @Test
    void everyExceptionTheFrameworkAnswersHasAKoreanDetailOrOurOwnHandler() throws Exception {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Method handle = ResponseEntityExceptionHandler.class.getMethod("handleException", Exception.class, WebRequest.class);
        List<String> untranslated = new ArrayList<>();
        for (Class<? extends Throwable> type : handle.getAnnotation(ExceptionHandler.class).value()) {
            boolean ours = Arrays.stream(ProblemAdvice.class.getDeclaredMethods())
                    .anyMatch(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == type);
            // AsyncRequestNotUsableException: the client is gone, nothing is answered.
            if (!ours && type != AsyncRequestNotUsableException.class && !messages.containsKey("problemDetail." + type.getName())) {
                untranslated.add(type.getName());
            }
        }
        assertThat(untranslated).isEmpty();
        assertThat(messages.values()).allSatisfy(text -> assertThat(text.toString()).matches(".*[가-힣].*").doesNotContain("'"));
    }
}
