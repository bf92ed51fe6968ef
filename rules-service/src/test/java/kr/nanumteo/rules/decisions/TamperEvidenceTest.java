package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.cli.Commands;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decision deleted behind the service's back — by the superuser, triggers off, as the probe did — is
 * found: the auditors' verification and the jar command both answer BROKEN and name it. In a schema of
 * its own, since a broken log stays broken.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(properties = "nanumteo.database.schema=" + TamperEvidenceTest.SCHEMA_SETTING)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({DatabaseTest.FreshSchema.class, DatabaseTest.AsTester.class})
@DirtiesContext
class TamperEvidenceTest {

    static final String SCHEMA_SETTING = "${NANUMTEO_TEST_SCHEMA:nanumteo_test}_tamper";
    static final String SCHEMA = PostgresRequired.TEST_SCHEMA + "_tamper";
    static final String AUDITOR = Credentials.basic("auditor", "auditor-test-secret");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void aDecisionDeletedWithTheTriggersOffBreaksTheChainAtThatDecision() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String answer = mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON).content(Examples.DUAL_INCOME)
                    .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
            ids.add(JSON.readTree(answer).get("decisionId").asString());
        }
        JsonNode intact = verification();
        assertThat(intact.get("status").asString()).isEqualTo("INTACT");
        assertThat(intact.get("decisions").asLong()).isEqualTo(5);
        assertThat(intact.get("brokenAt").isNull()).isTrue();
        assertThat(intact.at("/head/link").asString()).hasSize(64);
        assertThat(command()).startsWith("0 결정 기록이 온전합니다").contains("결정 5건");

        try (Connection owner = PostgresRequired.asOwner(SCHEMA)) {
            owner.createStatement().execute("set session_replication_role = replica");
            assertThat(owner.createStatement().executeUpdate("delete from decision where id = '" + ids.get(2) + "'")).isEqualTo(1);
        }

        JsonNode broken = verification();
        assertThat(broken.get("status").asString()).isEqualTo("BROKEN");
        assertThat(broken.at("/brokenAt/decisionId").asString()).isEqualTo(ids.get(2));
        assertThat(broken.at("/brokenAt/problem").asString()).contains("사라졌습니다");
        assertThat(command()).startsWith("1 결정 기록이 손상되었습니다").contains(ids.get(2), "\"status\":\"BROKEN\"");
    }

    private JsonNode verification() throws Exception {
        return JSON.readTree(mvc.get().uri("/api/v1/decisions/verification").header("Authorization", AUDITOR).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The jar's verify-log against the same schema: exit code, then what it printed. */
    private static String command() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run(new String[] {"verify-log", "--url", PostgresRequired.URL, "--user", "nanumteo_service", "--schema", SCHEMA},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void dropTheSchema() throws Exception {
        try (Connection owner = PostgresRequired.asOwner("public")) {
            owner.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
