package kr.nanumteo.rules.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Instance;
import kr.nanumteo.rules.OwnSchema;
import kr.nanumteo.rules.PostgresRequired;
import tools.jackson.databind.JsonNode;

/**
 * Four eyes, on by default: a policy account submits a pack, another approves it; nobody approves their own;
 * a withdrawn pack stops deciding new cases and still replays. Every step is recorded: who, when, which sha256.
 */
@ExtendWith(PostgresRequired.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FourEyesTest {

    static final String SCHEMA = OwnSchema.name("foureyes");
    static final String PACKS = "/api/v1/rule-packs";
    /** The bundled 2024 pack, which decides 2025 cases until a 2025 pack is published. */
    static final String PACK_2024 = "nanumteo-2024 " + kr.nanumteo.rules.TestPacks.all().byId("nanumteo-2024").orElseThrow().version();
    static Instance service;
    static byte[] pack2025;
    static String decisionBy2025;

    @BeforeAll
    static void start() throws Exception {
        Instance.dropSchema(SCHEMA);
        service = Instance.start(SCHEMA, Map.of());
        pack2025 = PublishTest.zip(PublishTest.pack2025(Files.createTempDirectory("four-eyes"), PublishTest.DAYS_20, PublishTest.DAYS_22));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    static String packDecidingA2025Case() throws Exception {
        HttpResponse<String> r = service.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, PublishTest.DAYS_21_IN_2025);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return service.json(r).at("/rulePack/id").asString() + " " + service.json(r).at("/rulePack/version").asString();
    }

    static JsonNode catalogueEntry(String id, String version) throws Exception {
        for (JsonNode p : service.json(service.get(PACKS, Credentials.AUDITOR))) {
            if (p.get("id").asString().equals(id) && p.get("version").asString().equals(version)) {
                return p;
            }
        }
        throw new AssertionError(id + " " + version + " is not in the catalogue");
    }

    @Test
    @Order(1)
    void anUploadedPackAwaitsApprovalAndDecidesNothingYet() throws Exception {
        HttpResponse<String> r = service.post("/api/v1/admin/rule-packs", Credentials.POLICY, "application/zip", pack2025);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode outcome = service.json(r);
        assertThat(outcome.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(outcome.get("id").asString()).isEqualTo("nanumteo-2025");
        assertThat(outcome.get("version").asString()).isEqualTo("2025.1.0");
        assertThat(outcome.get("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(outcome.at("/reports/0/findings").isArray()).isTrue();
        assertThat(outcome.at("/reports/0/pack/id").asString()).isEqualTo("nanumteo-2025");
        assertThat(packDecidingA2025Case()).isEqualTo(PACK_2024);
        JsonNode entry = catalogueEntry("nanumteo-2025", "2025.1.0");
        assertThat(entry.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(entry.get("submittedBy").asString()).isEqualTo("policy");
        assertThat(entry.get("sha256").asString()).isEqualTo(outcome.get("sha256").asString());
    }

    @Test
    @Order(2)
    void theUploaderCannotApproveTheirOwnPack() throws Exception {
        HttpResponse<String> r = service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/approval", Credentials.POLICY, "");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(service.json(r).get("detail").asString()).contains("자신이 제출한 팩은 승인할 수 없습니다");
        assertThat(packDecidingA2025Case()).isEqualTo(PACK_2024);
    }

    @Test
    @Order(3)
    void anotherPolicyAccountApprovesItAndItDecidesFromThen() throws Exception {
        HttpResponse<String> r = service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/approval", Credentials.REVIEWER, "");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(service.json(r).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(service.json(r).get("sequence").asLong()).isPositive();
        assertThat(packDecidingA2025Case()).isEqualTo("nanumteo-2025 2025.1.0");
        HttpResponse<String> decided = service.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, PublishTest.DAYS_21_IN_2025);
        decisionBy2025 = service.json(decided).get("decisionId").asString();
        JsonNode entry = catalogueEntry("nanumteo-2025", "2025.1.0");
        assertThat(entry.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(entry.get("submittedBy").asString()).isEqualTo("policy");
        assertThat(entry.get("publishedBy").asString()).isEqualTo("reviewer");
        assertThat(entry.get("period").asString()).isEqualTo("2025-01-01 ~");

        HttpResponse<String> again = service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/approval", Credentials.REVIEWER, "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void aWithdrawnPackStopsDecidingNewCasesAndStillReplays() throws Exception {
        HttpResponse<String> r = service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/withdrawal", Credentials.POLICY,
                "{\"reason\": \"2025 사업안내 확정 전이라 거둡니다\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(service.json(r).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(packDecidingA2025Case()).isEqualTo(PACK_2024);
        JsonNode entry = catalogueEntry("nanumteo-2025", "2025.1.0");
        assertThat(entry.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(entry.get("withdrawnBy").asString()).isEqualTo("policy");
        assertThat(entry.get("withdrawalReason").asString()).contains("확정 전");
        HttpResponse<String> replay = service.postJson("/api/v1/decisions/" + decisionBy2025 + "/replay", Credentials.AUDITOR, "");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(service.json(replay).get("result").asString()).isEqualTo("IDENTICAL");
        assertThat(service.postJson("/api/v1/admin/rule-packs/nanumteo-2025/2025.1.0/withdrawal", Credentials.POLICY, "").statusCode())
                .isEqualTo(409);
    }

    @Test
    @Order(5)
    void theIntakeAndAuditorAccountsCannotPublish() throws Exception {
        assertThat(service.post("/api/v1/admin/rule-packs", Credentials.INTAKE, "application/zip", pack2025).statusCode()).isEqualTo(403);
        assertThat(service.postJson("/api/v1/admin/rule-packs/nanumteo-2024/2024.1.0/withdrawal", Credentials.AUDITOR, "").statusCode())
                .isEqualTo(403);
    }
}
