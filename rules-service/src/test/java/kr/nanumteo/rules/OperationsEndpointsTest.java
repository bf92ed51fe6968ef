package kr.nanumteo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators scrape and ask of an instance: Prometheus metrics and info, for staff accounts only. */
@DatabaseTest
class OperationsEndpointsTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    @Test
    void prometheusShowsTheDecisionsAndTheirEvaluationTimeToStaff() throws Exception {
        assertThat(mvc.post().uri("/api/v1/eligibility/dual-income").contentType(MediaType.APPLICATION_JSON).content(Examples.DUAL_INCOME)
                .exchange()).hasStatusOk();
        for (String staff : new String[] {Credentials.POLICY, Credentials.AUDITOR}) {
            MvcTestResult r = mvc.get().uri("/actuator/prometheus").header("Authorization", staff).exchange();
            assertThat(r).hasStatusOk();
            String scrape = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(scrape).containsPattern("nanumteo_decisions_total\\{[^}]*kind=\"dual-income\"[^}]*outcome=\"NEEDS_DOCUMENTS\"[^}]*pack=\"nanumteo-2024\"")
                    .containsPattern("nanumteo_evaluation_seconds_count\\{[^}]*kind=\"dual-income\"");
        }
        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
    }

    @Test
    void infoNamesTheBuildTheCommitAndThePacksInService() throws Exception {
        MvcTestResult r = mvc.get().uri("/actuator/info").header("Authorization", Credentials.AUDITOR).exchange();
        assertThat(r).hasStatusOk();
        JsonNode info = json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(info.at("/build/artifact").asString()).isEqualTo("rules-service");
        assertThat(info.at("/build/version").asString()).isNotBlank();
        assertThat(info.at("/git/commit/id").asString()).matches("[0-9a-f]{7,40}");
        assertThat(info.at("/rulePacks/inService").propertyNames()).contains("nanumteo-2023", "nanumteo-2024");
        assertThat(info.at("/rulePacks/inService").findValuesAsString("sha256")).allMatch(s -> s.matches("[0-9a-f]{64}"));
        assertThat(mvc.get().uri("/actuator/info").header("Authorization", Credentials.INTAKE).exchange()).hasStatus(403);
    }
}
