package kr.nanumteo.rules.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A slow client holds no request thread for longer than the body timeout, and one without credentials
 * for no longer than it takes to refuse it. Tomcat reads a request's headers without a thread; its body
 * is read by the request's thread, as fast as the client sends it. Twenty connections sending a body one
 * byte every 2 s, without credentials, held all 16 threads: Spring Security answered 401 at once, and
 * then Tomcat read ("swallowed") the rest of each body on the thread to keep the connection open.
 *
 * <ul>
 *   <li>A request refused without its body read because it has no (valid) credentials (401), or because its
 *       body is too large (413) or too slow (408), closes the connection instead: the rest of the body is not
 *       read. A client that wants another request opens another connection; the answer is sent in full first.
 *       Other refusals (403, 404, 415 …) come to clients that signed in: their bodies are read and dropped as
 *       usual, within the body timeout and Tomcat's swallow limit, so a client still sending its body reads
 *       the answer instead of a reset connection.
 *   <li>Each read of a body waits at most the body timeout (Tomcat's upload timeout), and
 *       {@link RequestBodies} bounds the whole body to it: a body trickling in is cut off with a 408.
 * </ul>
 * Measured by SlowClientsTest: with 40 such connections open, a normal request is answered in well
 * under a second.
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

    /**
     * An engine valve, around everything else: Tomcat takes a connection to be closed early for an error,
     * and after its error pages (the host's valves) have run, none must take it for one.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorsDoNotReadTheRestOfTheBody() {
        return factory -> factory.addEngineValves(new CloseWhenTheBodyIsUnread());
    }

    @Bean
    TomcatProtocolHandlerCustomizer<AbstractHttp11Protocol<?>> eachBodyReadWaitsAtMostTheBodyTimeout(RequestBodies.Limits limits) {
        return protocol -> {
            protocol.setDisableUploadTimeout(false);
            protocol.setConnectionUploadTimeout((int) limits.bodyTimeout().toMillis());
        };
    }

    /** After an error answer, a body nobody read is left unread and the connection closed (Tomcat's "disable swallow"). */
    static final class CloseWhenTheBodyIsUnread extends ValveBase {

        /** Unauthenticated, too large, too slow: nobody's body is worth a thread then. */
        private static final java.util.Set<Integer> CLOSE_UNREAD = java.util.Set.of(401, 408, 413);

        CloseWhenTheBodyIsUnread() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            try {
                getNext().invoke(request, response);
            } finally {
                if (CLOSE_UNREAD.contains(response.getStatus()) && !request.isAsyncStarted()) {
                    AtomicBoolean read = new AtomicBoolean(true);
                    request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
                    if (!read.get()) {
                        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    }
                }
            }
        }
    }
}
