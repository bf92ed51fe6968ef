package kr.nanumteo.rules.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before any servlet sees the request — a request line holding characters a URI may not
 * (a raw {@code |}, {@code {}, {@code \}), an encoded slash or NUL in the path — answered as a problem detail,
 * as every other error is (ContainerErrors), instead of Tomcat's HTML page. The host's error report valve,
 * the one Spring Boot adds included, is this one.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsForWhatTomcatRefuses() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(v);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve());
            // Tomcat adds a valve of this class when the host starts, unless the pipeline holds one already.
            ((StandardHost) host).setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    /** An error answer with nothing written yet, written as application/problem+json. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean();
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return; // the connection is gone: nobody would read it
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", Problems.forStatus(status).toString());
            problem.put("title", Problems.title(status));
            problem.put("status", status);
            problem.put("detail", ContainerErrors.detail(status));
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(JSON.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away, or the answer was committed meanwhile: there is nothing left to tell it
            }
        }
    }
}
