package kr.nanumteo.rules.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's commands that call a running service for policy staff: submit a pack folder (zipped here, with
 * its year's scenarios — no zip made by hand) and approve another's submission.
 */
final class ServiceCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceCalls() {
    }

    static int submit(Commands.Options o, PrintStream out, UnaryOperator<String> env) throws IOException {
        if (o.paths.size() != 1) {
            throw new Commands.UsageException("제출할 팩 폴더 하나를 적어 주세요 (예: submit rule-packs/2025)");
        }
        Path folder = Path.of(o.paths.get(0));
        if (!Files.isRegularFile(folder.resolve("pack.yaml"))) {
            throw new Commands.UsageException(folder + "에 pack.yaml이 없습니다: 팩 폴더를 적어 주세요");
        }
        Path root = folder.toAbsolutePath().normalize();
        Path scenarios = Path.of(o.getOr("scenarios", root.getParent().resolveSibling("test-scenarios").toString()))
                .resolve(root.getFileName().toString());
        HttpResponse<String> r = send(o, env, "/api/v1/admin/rule-packs", "application/zip", zip(folder, scenarios));
        JsonNode body = JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
        if (r.statusCode() == 202 || r.statusCode() == 201 || r.statusCode() == 200) {
            out.println(r.statusCode() + " " + body.path("status").asString() + ": " + body.path("id").asString() + " " + body.path("version").asString()
                    + " (sha256 " + body.path("sha256").asString() + ")");
            body.at("/reports/0/findings").values().forEach(f -> out.println("  " + f.path("severity").asString() + " " + f.path("where").asString() + ": "
                    + f.path("message").asString()));
            if (r.statusCode() == 202) {
                out.println("다른 정책 담당자가 승인해야 게시됩니다: approve " + body.path("id").asString() + " " + body.path("version").asString());
            }
            return 0;
        }
        problem(r, body, out);
        return 1;
    }

    static int approve(Commands.Options o, PrintStream out, UnaryOperator<String> env) throws IOException {
        if (o.paths.size() != 2) {
            throw new Commands.UsageException("승인할 팩의 id와 버전을 적어 주세요 (예: approve nanumteo-2025 2025.1.0)");
        }
        HttpResponse<String> r = send(o, env, "/api/v1/admin/rule-packs/" + o.paths.get(0) + "/" + o.paths.get(1) + "/approval", "application/json",
                new byte[0]);
        JsonNode body = JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
        if (r.statusCode() == 201) {
            out.println("201 PUBLISHED: " + body.path("id").asString() + " " + body.path("version").asString() + " — 게시 순번 "
                    + body.path("sequence").asLong());
            return 0;
        }
        problem(r, body, out);
        return 1;
    }

    private static void problem(HttpResponse<String> r, JsonNode body, PrintStream out) {
        out.println(r.statusCode() + " " + body.path("title").asString("") + ": " + body.path("detail").asString(r.body()));
        body.at("/reports/0/findings").values().forEach(f -> {
            if (f.path("severity").asString().equals("ERROR")) {
                out.println("  오류 " + f.path("where").asString() + ": " + f.path("message").asString());
            }
        });
    }

    private static HttpResponse<String> send(Commands.Options o, UnaryOperator<String> env, String path, String type, byte[] body)
            throws IOException {
        String user = o.getOr("user", "policy");
        String password = env.apply("NANUMTEO_" + user.toUpperCase() + "_PASSWORD");
        if (password == null) {
            password = env.apply("NANUMTEO_POLICY_PASSWORD");
        }
        if (password == null || password.isEmpty()) {
            throw new Commands.UsageException("계정 " + user + "의 비밀번호를 NANUMTEO_" + user.toUpperCase() + "_PASSWORD(또는 NANUMTEO_POLICY_PASSWORD)에 "
                    + "넣어 주세요");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(o.getOr("url", "http://127.0.0.1:8080") + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("중단되었습니다", e);
        }
    }

    /** The pack folder's files under its folder name, and its scenarios (if the folder is there) under scenarios/. */
    private static byte[] zip(Path folder, Path scenarios) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String top = folder.toAbsolutePath().normalize().getFileName() + "/";
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, folder, top);
            if (Files.isDirectory(scenarios)) {
                add(zip, scenarios, top + "scenarios/");
            }
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + dir.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
    }
}
