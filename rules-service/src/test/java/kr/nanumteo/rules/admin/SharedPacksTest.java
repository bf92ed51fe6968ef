package kr.nanumteo.rules.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Instance;
import kr.nanumteo.rules.OwnSchema;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.packs.PackFiles;
import tools.jackson.databind.JsonNode;

/**
 * Packs live in PostgreSQL: a published pack survives a restart and replays IDENTICAL after it; instances on
 * one database converge without restarts (LISTEN/NOTIFY, a periodic check behind it); an instance that cannot
 * load a pack the database lists as in service is not ready and says which.
 */
@ExtendWith(PostgresRequired.class)
class SharedPacksTest {

    static final Duration CONVERGE = Duration.ofSeconds(5);

    static String deciding2025(Instance i) throws Exception {
        HttpResponse<String> r = i.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, PublishTest.DAYS_21_IN_2025);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return i.json(r).at("/rulePack/id").asString();
    }

    /** How long until {@code i} decides a 2025 case with {@code pack}; fails past {@link #CONVERGE}. */
    static Duration until(Instance i, String pack) throws Exception {
        long start = System.nanoTime();
        while (!deciding2025(i).equals(pack)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time for the other instance to serve " + pack).isLessThan(CONVERGE);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static JsonNode readiness(Instance i) throws Exception {
        return i.json(i.get("/actuator/health/readiness", Credentials.AUDITOR));
    }

    @Test
    void aPackPublishedOnOneInstanceIsServedByTheOtherWithinSecondsAndSoIsItsWithdrawal() throws Exception {
        String schema = OwnSchema.name("shared");
        Instance.dropSchema(schema);
        byte[] zip = PublishTest.zip(PublishTest.pack2025(Files.createTempDirectory("shared"), PublishTest.DAYS_20, PublishTest.DAYS_22));
        try (Instance a = Instance.start(schema, Map.of()); Instance b = Instance.start(schema, Map.of())) {
            assertThat(deciding2025(b)).isEqualTo("nanumteo-2024");

            assertThat(a.post("/api/v1/admin/rule-packs", Credentials.POLICY, "application/zip", zip).statusCode()).isEqualTo(202);
            HttpResponse<String> approved = a.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/approval", Credentials.REVIEWER, "");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
            long sequence = a.json(approved).get("sequence").asLong();

            Duration heard = until(b, "nanumteo-2025");
            System.out.println("the other instance served the published pack " + heard.toMillis() + " ms after its approval was answered");
            JsonNode ready = readiness(b);
            assertThat(ready.get("status").asString()).isEqualTo("UP");
            assertThat(ready.at("/components/rulePacks/details/publicationSequence").asLong()).isEqualTo(sequence);
            assertThat(ready.at("/components/rulePacks/details/packs/nanumteo-2025/version").asString()).isEqualTo("2025.1.0");

            HttpResponse<String> withdrawn = b.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/withdrawal", Credentials.REVIEWER, "");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
            until(a, "nanumteo-2024");
            assertThat(heard).isLessThan(CONVERGE);
        }
    }

    @Test
    void aPublishedPackSurvivesARestartAndItsDecisionReplaysIdentical() throws Exception {
        String schema = OwnSchema.name("durable");
        Instance.dropSchema(schema);
        byte[] zip = PublishTest.zip(PublishTest.pack2025(Files.createTempDirectory("durable"), PublishTest.DAYS_20, PublishTest.DAYS_22));
        String decision;
        try (Instance first = Instance.start(schema, Map.of("nanumteo.publishing.four-eyes", "false"))) {
            assertThat(first.post("/api/v1/admin/rule-packs", Credentials.POLICY, "application/zip", zip).statusCode()).isEqualTo(201);
            HttpResponse<String> r = first.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, PublishTest.DAYS_21_IN_2025);
            assertThat(first.json(r).at("/rulePack/id").asString()).isEqualTo("nanumteo-2025");
            decision = first.json(r).get("decisionId").asString();
        }
        try (Instance restarted = Instance.start(schema, Map.of())) {
            assertThat(deciding2025(restarted)).isEqualTo("nanumteo-2025");
            HttpResponse<String> replay = restarted.postJson("/api/v1/decisions/" + decision + "/replay", Credentials.AUDITOR, "");
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
            assertThat(restarted.json(replay).get("result").asString()).isEqualTo("IDENTICAL");
            assertThat(readiness(restarted).get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void anInstanceThatCannotLoadAPackInServiceIsNotReadyAndNamesIt() throws Exception {
        String schema = OwnSchema.name("unloadable");
        Instance.dropSchema(schema);
        try (Instance first = Instance.start(schema, Map.of())) {
            assertThat(readiness(first).get("status").asString()).isEqualTo("UP");
        }
        // A pack the database lists as published whose DRL this instance cannot compile (written behind the
        // service's back: it inserts, as the log's owner may).
        PackFiles broken = PackFiles.fromDirectory(PublishTest.pack2025(Files.createTempDirectory("broken"), PublishTest.DAYS_20, PublishTest.DAYS_22));
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>(broken.files());
        files.put("dual-income.drl", (broken.text("dual-income.drl") + "\nrule \"half a rule\"\nwhen\n").getBytes(StandardCharsets.UTF_8));
        PackFiles pack = new PackFiles("broken", files);
        try (Connection c = PostgresRequired.asOwner(schema)) {
            for (var f : pack.files().entrySet()) {
                String sha = Sha256.hex(f.getValue());
                try (PreparedStatement ps = c.prepareStatement("insert into pack_file values (?, ?) on conflict do nothing")) {
                    ps.setString(1, sha);
                    ps.setBytes(2, f.getValue());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into pack_content values (?, ?, ?)")) {
                    ps.setString(1, pack.sha256());
                    ps.setString(2, f.getKey());
                    ps.setString(3, sha);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into pack_event (kind, pack_id, version, sha256, effective_from, by_account, source)
                    values ('PUBLISHED', 'nanumteo-2025', '2025.9.9', ?, date '2025-01-01', 'someone', 'by hand')""")) {
                ps.setString(1, pack.sha256());
                ps.executeUpdate();
            }
        }
        try (Instance second = Instance.start(schema, Map.of())) {
            HttpResponse<String> r = second.get("/actuator/health/readiness", Credentials.AUDITOR);
            assertThat(r.statusCode()).isEqualTo(503);
            JsonNode rulePacks = second.json(r).at("/components/rulePacks");
            assertThat(rulePacks.get("status").asString()).isEqualTo("DOWN");
            assertThat(rulePacks.at("/details/unloadable").propertyNames()).containsExactly("nanumteo-2025 2025.9.9");
            assertThat(rulePacks.at("/details/unloadable/nanumteo-2025 2025.9.9").asString()).contains("dual-income.drl");
        }
    }
}
