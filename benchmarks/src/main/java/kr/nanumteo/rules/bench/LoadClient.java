package kr.nanumteo.rules.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load at a fixed rate, for loopback only: request {@code k} is due at
 * {@code start + k / rate}, and its latency is counted from that due time, not from when a connection
 * was free to send it — so a server that falls behind shows it in p99 instead of slowing the load down
 * (no coordinated omission). {@code connections} keep-alive sockets send; when all are busy the due
 * requests wait, and that wait is latency.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar kr.nanumteo.rules.bench.LoadClient \
 *      --url http://127.0.0.1:18080/api/v1/eligibility/dual-income --rate 5000 --seconds 20 \
 *      [--warmup 5] [--connections 64] [--ids decisions.txt]
 * </pre>
 *
 * Bodies: 1,024 generated dual-income cases (Cases), cycled. Prints one line of figures; with
 * {@code --ids}, appends the decisionId of every 200 answer to the file (warm-up included), so the
 * caller can check each of them is in the decision log.
 */
public final class LoadClient {

    record Options(URI url, int rate, int seconds, int warmup, int connections, Path ids, String authorization) {}

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        InetAddress host = InetAddress.getByName(o.url().getHost());
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("this load client only sends to loopback addresses, not " + host);
        }
        byte[][] requests = Cases.jsonLines(Cases.dualIncome(1024, 2024)).stream()
                .map(body -> request(o.url(), body, o.authorization())).toArray(byte[][]::new);
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        if (o.warmup() > 0) {
            Result w = run(o, host, requests, o.warmup(), ids);
            System.out.println("warm-up  " + w.line(o.rate()));
        }
        Result r = run(o, host, requests, o.seconds(), ids);
        System.out.println("measured " + r.line(o.rate()));
        if (o.ids() != null) {
            Files.write(o.ids(), ids, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    record Result(int due, int ok, int other, int failed, int late, long[] latencies, long nanos) {
        String line(int rate) {
            long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            return String.format(Locale.ROOT,
                    "target %d/s: %d requests due, answered in %.1f s = %.0f/s achieved; 200: %d, other status: %d, "
                            + "failed: %d, not sent (due, but the run was 10 s over): %d; latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f",
                    rate, due, nanos / 1e9, ok / (nanos / 1e9), ok, other, failed, late, pct(sorted, 0.50), pct(sorted, 0.90),
                    pct(sorted, 0.99), pct(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    private static Result run(Options o, InetAddress host, byte[][] requests, int seconds, ConcurrentLinkedQueue<String> ids)
            throws InterruptedException {
        int total = o.rate() * seconds;
        long interval = 1_000_000_000L / o.rate();
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        // Nothing runs past its schedule by more than this: the load stops by itself.
        long deadline = start + seconds * 1_000_000_000L + 10_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < o.connections(); c++) {
            Thread t = new Thread(() -> {
                Connection conn = null;
                int k;
                while ((k = next.getAndIncrement()) < total) {
                    long due = start + k * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() > deadline) {
                        late.incrementAndGet();
                        continue;
                    }
                    try {
                        if (conn == null) {
                            conn = new Connection(host, o.url().getPort());
                        }
                        Response res = conn.exchange(requests[k % requests.length]);
                        long done = System.nanoTime();
                        latencies[k] = done - due;
                        lastDone.accumulateAndGet(done, Math::max);
                        if (res.status() == 200) {
                            ok.incrementAndGet();
                            String id = decisionId(res.body());
                            if (id != null) {
                                ids.add(id);
                            }
                        } else {
                            other.incrementAndGet();
                        }
                        if (!res.keepAlive()) {
                            conn.close();
                            conn = null;
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        if (conn != null) {
                            conn.close();
                            conn = null;
                        }
                    }
                }
                if (conn != null) {
                    conn.close();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000 + 1000));
        }
        return new Result(total, ok.get(), other.get(), failed.get(), late.get(), latencies, Math.max(1, lastDone.get() - start));
    }

    private static String decisionId(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        int at = s.indexOf("\"decisionId\":\"");
        return at < 0 ? null : s.substring(at + 14, at + 14 + 36);
    }

    private static byte[] request(URI url, String body, String authorization) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + (authorization == null ? "" : "\r\nAuthorization: " + authorization)
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + b.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    record Response(int status, byte[] body, boolean keepAlive) {}

    /** One keep-alive HTTP/1.1 connection: a request written whole, the answer read by Content-Length or chunks. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(InetAddress host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean keepAlive = true;
            String h;
            while ((h = line()) != null && !h.isEmpty()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    keepAlive = false;
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                int size;
                while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
                    buf.write(in.readNBytes(size));
                    line();
                }
                line();
                body = buf.toByteArray();
            } else {
                body = in.readNBytes(Math.max(0, length));
            }
            return new Response(code, body, keepAlive);
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int n = s.length();
                    return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
                }
                s.append((char) c);
            }
            return s.isEmpty() ? null : s.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static Options parse(String[] args) {
        URI url = null;
        int rate = 1000;
        int seconds = 20;
        int warmup = 5;
        int connections = 64;
        Path ids = null;
        String authorization = null;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = URI.create(v);
                case "--rate" -> rate = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--connections" -> connections = Integer.parseInt(v);
                case "--ids" -> ids = Path.of(v);
                case "--authorization" -> authorization = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        if (seconds > 300 || warmup > 60) {
            throw new IllegalArgumentException("a run is bounded: at most 300 s measured and 60 s of warm-up");
        }
        return new Options(url, rate, seconds, warmup, connections, ids, authorization);
    }
}
