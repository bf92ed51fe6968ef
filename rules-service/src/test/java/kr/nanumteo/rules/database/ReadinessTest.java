package kr.nanumteo.rules.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.PostgresRequired;

/** Readiness is DOWN while the decision table cannot be written, when every decision would be 503, and UP again after. */
@DatabaseTest
class ReadinessTest {

    static final String AUDITOR = Credentials.basic("auditor", "auditor-test-secret");

    @Autowired
    MockMvcTester mvc;

    @Test
    void readinessIsDownWhileTheServiceMayNotInsertIntoTheDecisionTable() throws Exception {
        assertThat(mvc.get().uri("/actuator/health/readiness").header("Authorization", AUDITOR).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.components.decisionLog.details.schema").isEqualTo(PostgresRequired.TEST_SCHEMA);

        try (Connection owner = PostgresRequired.asOwner(PostgresRequired.TEST_SCHEMA)) {
            owner.createStatement().execute("revoke insert on decision from nanumteo_service");
            try {
                assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatus(503)
                        .bodyJson().extractingPath("$.status").isEqualTo("DOWN");
                assertThat(mvc.get().uri("/actuator/health/readiness").header("Authorization", AUDITOR).exchange()).hasStatus(503)
                        .bodyJson().extractingPath("$.components.decisionLog.details.reasons[0]")
                        .isEqualTo("역할 'nanumteo_service'에게 decision 테이블의 INSERT 권한이 없습니다");
                assertThat(mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON).content(Examples.DUAL_INCOME)
                        .exchange()).as("what readiness says is what a decision meets").hasStatus(503);
            } finally {
                owner.createStatement().execute("grant insert on decision to nanumteo_service");
            }
        }
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
    }
}
