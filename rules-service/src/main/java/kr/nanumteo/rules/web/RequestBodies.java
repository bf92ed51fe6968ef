package kr.nanumteo.rules.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request body may be: UTF-8 (RFC 8259 §8.1 — another declared charset is 415, not a guess that
 * records Korean garbled), at most {@code nanumteo.requests.max-body-size} (a rule-pack upload
 * {@code max-pack-size}), and all of it within {@code body-timeout} of the request reaching the service.
 *
 * <p>A filter after Spring Security's, so an unauthenticated request is refused before any of its body
 * is read. The checks are the body's stream's: it refuses when it is first read (a declared length or
 * charset, before a byte is taken) or as the bytes come, so the refusal surfaces through whatever reads
 * the body as an unreadable message, and ProblemAdvice answers it (413, 415, 408) like every other
 * problem. A body nobody reads is neither refused nor read (see {@link SlowClients}).
 */
@Component
@EnableConfigurationProperties(RequestBodies.Limits.class)
class RequestBodies extends OncePerRequestFilter {

    /** The rule-pack upload (admin/RulePackController): a zipped pack is larger than any decision. */
    static final String PACK_UPLOAD = "/api/v1/admin/rule-packs";

    @ConfigurationProperties("nanumteo.requests")
    record Limits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("10MB") DataSize maxPackSize,
            @DefaultValue("10s") Duration bodyTimeout) {}

    private final Limits limits;

    RequestBodies(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = (PACK_UPLOAD.equals(request.getRequestURI()) ? limits.maxPackSize() : limits.maxBodySize()).toBytes();
        IOException refusal = request.getContentLengthLong() > max ? new TooLargeException(max) : notUtf8(request.getContentType());
        long deadline = System.nanoTime() + limits.bodyTimeout().toNanos();
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream body;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (body == null) {
                    body = new Bounded(super.getInputStream(), max, deadline, limits.bodyTimeout(), refusal);
                }
                return body;
            }

            @Override
            public BufferedReader getReader() throws IOException {
                String charset = getCharacterEncoding();
                return new BufferedReader(new InputStreamReader(getInputStream(), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
            }
        }, response);
    }

    /** A charset other than UTF-8 declared in the Content-Type, or null; an unreadable Content-Type is Spring MVC's to refuse. */
    private static IOException notUtf8(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            String charset = MediaType.parseMediaType(contentType).getParameter("charset");
            if (charset == null) {
                return null;
            }
            String name = charset.replace("\"", "");
            return Charset.isSupported(name) && Charset.forName(name).equals(StandardCharsets.UTF_8) ? null : new NotUtf8Exception(name);
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, IllegalCharsetNameException
            return null;
        }
    }

    /** The body, refusing as it is read: a refusal known from the headers first, then its length and its time. */
    private static final class Bounded extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private final long deadline;
        private final Duration timeout;
        private final IOException refusal;
        private long count;

        Bounded(ServletInputStream in, long max, long deadline, Duration timeout, IOException refusal) {
            this.in = in;
            this.max = max;
            this.deadline = deadline;
            this.timeout = timeout;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n;
            try {
                // One byte past the limit is enough to know it is exceeded.
                n = in.read(buffer, offset, (int) Math.min(length, max - count + 1));
            } catch (IOException e) {
                throw timedOut(e) ? new TooSlowException(timeout) : e;
            }
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /** Tomcat's own read timeout (SlowClients sets it to the body timeout), wrapped in its ClientAbortException. */
        private static boolean timedOut(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SocketTimeoutException) {
                    return true;
                }
            }
            return false;
        }

        private void check() throws IOException {
            if (refusal != null) {
                throw refusal;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlowException(timeout);
            }
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new TooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** 413. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("요청 본문은 " + sizeText(max) + "까지 받습니다.");
        }
    }

    /** 408. */
    static final class TooSlowException extends IOException {
        TooSlowException(Duration timeout) {
            super("요청 본문을 " + timeout.toSeconds() + "초 안에 모두 보내야 합니다.");
        }
    }

    /** 415. */
    static final class NotUtf8Exception extends IOException {
        NotUtf8Exception(String charset) {
            super("요청 본문은 UTF-8로 보내야 합니다 (받은 문자 집합: " + charset + ").");
        }
    }

    /** 1 MB, 10 MB, 512 KB: a size as staff read it. */
    static String sizeText(long bytes) {
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes % kb == 0 ? bytes / kb + " KB" : bytes + "바이트";
    }
}
