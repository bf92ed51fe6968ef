package kr.nanumteo.rules.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.TestPacks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy staff publish packs into the running service over loopback HTTP: a pack that passes goes into
 * service without a restart and without losing or mis-answering a request under load; one that fails
 * never replaces a working one.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishTest {

    static final Path PACKS = tempPacks();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void packsFolder(DynamicPropertyRegistry registry) {
        registry.add("nanumteo.rule-packs.dir", PACKS::toString);
        // Publishing without a second approver (a trial): what these tests are about is going into service under
        // load; FourEyesTest covers the approval.
        registry.add("nanumteo.publishing.four-eyes", () -> "false");
        kr.nanumteo.rules.OwnSchema.use(registry, "publish");
    }

    static Path tempPacks() {
        try {
            Path dir = Files.createTempDirectory("packs");
            TestPacks.copy("2023", dir);
            TestPacks.copy("2024", dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A household whose mother works 21 days a month, on a day of 2025. */
    static final String DAYS_21_IN_2025 = """
            { "asOf": "2025-03-03", "singleParent": false, "guardians": [
              { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 21, "shift": "DAY", "documents": ["LABOR_CONTRACT"] },
              { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 23, "shift": "DAY", "documents": ["LABOR_CONTRACT"] } ] }""";

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A publish checks the pack (compile, generated requests, the previous pack's scenarios): on a busy machine it takes a while. */
    HttpResponse<String> sendPublish(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(150)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", kr.nanumteo.rules.Credentials.TESTER);
    }

    HttpResponse<String> decide() throws IOException, InterruptedException {
        return send(at("/api/v1/eligibility/dual-income").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DAYS_21_IN_2025)));
    }

    HttpResponse<String> upload(byte[] zip) throws IOException, InterruptedException {
        return sendPublish(at("/api/v1/admin/rule-packs").header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    /**
     * The 2024 pack as a 2025 pack, with {@code from} replaced by {@code to} in pack.yaml — and, as policy staff
     * would (check refuses a changed value its texts still state the old way), the days a month in the texts too.
     */
    static Path pack2025(Path into, String from, String to) throws IOException {
        Path dir = TestPacks.copy("2024", into);
        Path target = into.resolve("2025");
        Files.move(dir, target);
        Path yaml = target.resolve("pack.yaml");
        String text = Files.readString(yaml).replace("id: nanumteo-2024", "id: nanumteo-2025").replace("version: 2024.1.1", "version: 2025.1.0")
                .replace("effectiveFrom: 2024-01-01", "effectiveFrom: 2025-01-01").replace("previous: nanumteo-2023", "previous: nanumteo-2024");
        assertThat(text).contains(from);
        String days = to.substring(to.indexOf("value: ") + "value: ".length()).strip();
        Files.writeString(yaml, text.replace(from, to).replace("월 20일", "월 " + days + "일"));
        Path drl = target.resolve("dual-income.drl");
        Files.writeString(drl, Files.readString(drl).replace("nanumteo.y2024", "nanumteo.y2025"));
        return target;
    }

    static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static final String DAYS_20 = "  dualIncome.work.minMonthlyDays:\n    value: 20\n";
    static final String DAYS_22 = "  dualIncome.work.minMonthlyDays:\n    value: 22\n";

    @Test
    @Order(0)
    void aPackThatWouldRunCodeIsRefusedWithItsScenariosAndNothingOfItRuns() throws Exception {
        Path hostile = pack2025(Files.createTempDirectory("hostile"), DAYS_20, DAYS_22);
        Path mark = Files.createTempDirectory("marks").resolve("pwned");
        Path drl = hostile.resolve("dual-income.drl");
        // The 2024 rules plus one that would write a file whenever a guardian works, and its scenario, which
        // would fire it if anything of the pack were run before its verdict.
        Files.writeString(drl, Files.readString(drl) + """

                rule "A rule that writes a file on the server"
                    @id("X-01")
                    @citation("시험")
                    @message("시험 규칙입니다")
                when
                    $g : Guardian( activity == Activity.EMPLOYED )
                then
                    new java.io.File("%s").createNewFile();
                end
                """.formatted(mark));
        Files.createDirectories(hostile.resolve("scenarios"));
        Files.writeString(hostile.resolve("scenarios/dual-income.yaml"), """
                kind: dual-income
                scenarios:
                  - name: 일하는 부모의 요청은 규칙을 발동시킨다
                    request: %s
                    expect: { outcome: ELIGIBLE }
                """.formatted(DAYS_21_IN_2025.replace("\n", " ")));

        HttpResponse<String> r = upload(zip(hostile));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode report = JSON.readTree(r.body()).at("/reports/0");
        assertThat(report.get("findings").findValuesAsString("message")).anySatisfy(m -> assertThat(m)
                .matches("dual-income\\.drl:\\d+: 규칙 \"A rule that writes a file on the server\": new java\\.io\\.File\\(…\\): .*"));
        assertThat(report.get("ownScenarios").isNull()).as("no scenario of a refused pack is decided").isTrue();
        assertThat(mark).doesNotExist();
        assertThat(JSON.readTree(send(at("/api/v1/rule-packs").GET()).body()).findValuesAsString("id")).doesNotContain("nanumteo-2025");
        assertThat(JSON.readTree(decide().body()).at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
    }

    @Test
    @Order(1)
    void aBrokenPackPublishedUnderLoadIsRefusedAndTheOldPacksKeepAnswering() throws Exception {
        Path broken = pack2025(Files.createTempDirectory("broken"), DAYS_20, DAYS_22);
        Path drl = broken.resolve("dual-income.drl");
        Files.writeString(drl, Files.readString(drl).replace("$g : Guardian( activity == Activity.NOT_WORKING )", "$g : Guardian( activity === )"));

        List<JsonNode> answers = underLoad(() -> {
            HttpResponse<String> r = upload(zip(broken));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:nanumteo:problem:rule-pack-refused");
            assertThat(problem.at("/reports/0/findings/0/message").asString()).matches("dual-income\\.drl:\\d+.*");
        });

        assertThat(answers).isNotEmpty().allSatisfy(a -> {
            assertThat(a.at("/rulePack/id").asString()).isEqualTo("nanumteo-2024");
            assertThat(a.get("outcome").asString()).isEqualTo("ELIGIBLE");
        });
    }

    @Test
    @Order(2)
    void aPackPublishedUnderLoadTakesOverWithNoRequestLostAndEveryAnswerRightForItsPack() throws Exception {
        byte[] zip = zip(pack2025(Files.createTempDirectory("good"), DAYS_20, DAYS_22));

        List<JsonNode> answers = underLoad(() -> {
            HttpResponse<String> r = upload(zip);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode outcome = JSON.readTree(r.body());
            assertThat(outcome.get("result").asString()).isEqualTo("PUBLISHED");
            assertThat(outcome.at("/reports/0/parameters/0/key").asString()).isEqualTo("dualIncome.work.minMonthlyDays");
        });

        // Before the switch the 2024 pack (open-ended) decided 2025 cases: 21 days was enough. After it, the
        // 2025 pack asks for 22. Any other pairing of pack and outcome would be a wrong answer.
        assertThat(answers).allSatisfy(a -> assertThat(a.get("outcome").asString())
                .isEqualTo(a.at("/rulePack/id").asString().equals("nanumteo-2025") ? "NOT_ELIGIBLE" : "ELIGIBLE"));
        assertThat(answers).anySatisfy(a -> assertThat(a.at("/rulePack/id").asString()).isEqualTo("nanumteo-2025"));
        JsonNode after = JSON.readTree(decide().body());
        assertThat(after.at("/rulePack/id").asString()).isEqualTo("nanumteo-2025");

        JsonNode catalogue = JSON.readTree(send(at("/api/v1/rule-packs").GET()).body());
        assertThat(catalogue.findValuesAsString("id")).contains("nanumteo-2023", "nanumteo-2024", "nanumteo-2025");
        for (JsonNode p : catalogue.values()) {
            switch (p.get("id").asString()) {
                case "nanumteo-2024" -> assertThat(p.get("period").asString()).isEqualTo("2024-01-01 ~ 2024-12-31");
                case "nanumteo-2025" -> {
                    assertThat(p.get("status").asString()).isEqualTo("IN_SERVICE");
                    assertThat(p.get("period").asString()).isEqualTo("2025-01-01 ~");
                    assertThat(p.get("source").asString()).isEqualTo("upload");
                }
                default -> { }
            }
        }

        HttpResponse<String> again = upload(zip);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("result").asString()).isEqualTo("UNCHANGED");
    }

    @Test
    @Order(3)
    void aPublishedIdAndVersionCannotBePublishedAgainWithOtherContent() throws Exception {
        byte[] other = zip(pack2025(Files.createTempDirectory("other"), DAYS_20, "  dualIncome.work.minMonthlyDays:\n    value: 21\n"));

        HttpResponse<String> r = upload(other);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("nanumteo-2025 2025.1.0", "이미 다른 내용", "버전을 올려");
        assertThat(JSON.readTree(decide().body()).get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    @Order(4)
    void theFolderIsReadAgainOnRequestAndARetiredVersionStaysReadable() throws Exception {
        Path p2025 = pack2025(Files.createTempDirectory("v2"), DAYS_20, "  dualIncome.work.minMonthlyDays:\n    value: 21\n");
        Path yaml = p2025.resolve("pack.yaml");
        // A second version of an id in service says which version it replaces (PackGuards).
        Files.writeString(yaml, Files.readString(yaml).replace("version: 2025.1.0", "version: 2025.1.1\nreplaces: nanumteo-2025 2025.1.0"));
        Files.move(p2025, PACKS.resolve("2025"));

        HttpResponse<String> r = sendPublish(at("/api/v1/admin/rule-packs/reload").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("result").asString()).isEqualTo("PUBLISHED");
        JsonNode now = JSON.readTree(decide().body());
        assertThat(now.at("/rulePack/version").asString()).isEqualTo("2025.1.1");
        assertThat(now.get("outcome").asString()).isEqualTo("ELIGIBLE");
        JsonNode retired = JSON.readTree(send(at("/api/v1/rule-packs/nanumteo-2025?version=2025.1.0").GET()).body());
        assertThat(retired.at("/pack/status").asString()).isEqualTo("RETIRED");
        assertThat(retired.get("parameters").findValues("key").stream().map(JsonNode::asString)).contains("dualIncome.work.minMonthlyDays");
    }

    @Test
    @Order(5)
    void theCatalogueShowsEachRuleAndParameterWithItsCitation() throws Exception {
        JsonNode pack = JSON.readTree(send(at("/api/v1/rule-packs/nanumteo-2024").GET()).body());

        assertThat(pack.at("/pack/sha256").asString()).matches("[0-9a-f]{64}");
        JsonNode rule = null;
        for (JsonNode r : pack.get("rules")) {
            if (r.get("id").asString().equals("DI-05")) {
                rule = r;
            }
        }
        assertThat(rule).isNotNull();
        assertThat(rule.get("citation").asString()).isEqualTo("2024 사업안내 4-나 ※맞벌이가구 증빙서류 1");
        assertThat(rule.get("message").asString()).contains("{$hours}");
        JsonNode days = null;
        for (JsonNode p : pack.get("parameters")) {
            if (p.get("key").asString().equals("dualIncome.work.minMonthlyDays")) {
                days = p;
            }
        }
        assertThat(days.get("value").asInt()).isEqualTo(20);
        assertThat(days.get("unit").asString()).isEqualTo("일/월");
        assertThat(days.get("citation").asString()).contains("월 20일 이상 근로");
        assertThat(send(at("/api/v1/rule-packs/nanumteo-1999").GET()).statusCode()).isEqualTo(404);
    }

    interface Action {
        void run() throws Exception;
    }

    /**
     * Four clients post the eligibility request in a loop on loopback while {@code action} runs, and for a
     * moment after; every answer must be a 200. Bounded: at most 180 s.
     */
    List<JsonNode> underLoad(Action action) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<JsonNode> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        for (int i = 0; i < 4; i++) {
            running.add(clients.submit(() -> {
                while (!stop.get() && System.nanoTime() < deadline) {
                    try {
                        HttpResponse<String> r = decide();
                        if (r.statusCode() == 200) {
                            answers.add(JSON.readTree(r.body()));
                        } else {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(300);
            action.run();
            Thread.sleep(300);
        } finally {
            stop.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            clients.shutdownNow();
        }
        assertThat(failures).as("requests that did not get a 200").isEmpty();
        return List.copyOf(answers);
    }
}
