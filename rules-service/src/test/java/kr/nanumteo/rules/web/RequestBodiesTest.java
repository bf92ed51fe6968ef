package kr.nanumteo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.DecisionEndpoints;
import kr.nanumteo.rules.Examples;
import tools.jackson.databind.JsonNode;

/** A body is UTF-8 and at most 1 MB (a pack upload 10 MB); beyond that a problem, and nothing recorded. */
@DatabaseTest
class RequestBodiesTest {

    static final String DUAL_INCOME = "/api/v1/eligibility/dual-income";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DecisionEndpoints endpoints;

    @Test
    void aDecisionBodyOverOneMegabyteIs413AndIsNotDecided() throws Exception {
        long before = endpoints.recorded();
        String padded = Examples.DUAL_INCOME.replace("\"asOf\"", " ".repeat(1024 * 1024) + "\"asOf\"");

        MvcTestResult r = endpoints.post(DUAL_INCOME, padded);

        assertThat(r).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode p = endpoints.body(r);
        assertThat(p.get("type").asString()).isEqualTo("urn:nanumteo:problem:request-body-too-large");
        assertThat(p.get("title").asString()).isEqualTo("요청 본문이 너무 큽니다");
        assertThat(p.get("detail").asString()).isEqualTo("요청 본문은 1 MB까지 받습니다.");
        assertThat(endpoints.recorded()).isEqualTo(before);
        assertThat(endpoints.post(DUAL_INCOME, Examples.DUAL_INCOME.replace("\"asOf\"", " ".repeat(1000 * 1000) + "\"asOf\"")))
                .as("just under the limit").hasStatusOk();
    }

    @Test
    void aPackUploadKeepsItsTenMegabytes() throws Exception {
        MvcTestResult twoMegabytes = mvc.post().uri("/api/v1/admin/rule-packs").contentType("application/zip").content(new byte[2 * 1024 * 1024]).exchange();
        assertThat(twoMegabytes).as("read, and refused as a zip, not for its size").hasStatus(400);
        assertThat(endpoints.body(twoMegabytes).get("reason").asString()).isEqualTo("BAD_ARCHIVE");

        MvcTestResult tooLarge = mvc.post().uri("/api/v1/admin/rule-packs").contentType("application/zip")
                .content(new byte[10 * 1024 * 1024 + 1]).exchange();
        assertThat(tooLarge).hasStatus(413);
        assertThat(endpoints.body(tooLarge).get("detail").asString()).isEqualTo("요청 본문은 10 MB까지 받습니다.");
    }

    @Test
    void aBodyInAnotherCharsetThanUtf8Is415AndUtf8IsReadAsKorean() throws Exception {
        long before = endpoints.recorded();
        String korean = Examples.DUAL_INCOME.replace("intake-2024-000123", "접수-2024-000123");

        MvcTestResult latin = mvc.post().uri(DUAL_INCOME).contentType("application/json; charset=ISO-8859-1")
                .content(korean.getBytes(StandardCharsets.UTF_8)).exchange();
        MvcTestResult utf16 = mvc.post().uri(DUAL_INCOME).contentType("application/json;charset=UTF-16")
                .content(korean.getBytes(StandardCharsets.UTF_16)).exchange();

        assertThat(latin).hasStatus(415);
        JsonNode p = endpoints.body(latin);
        assertThat(p.get("type").asString()).isEqualTo("urn:nanumteo:problem:unsupported-media-type");
        assertThat(p.get("detail").asString()).isEqualTo("요청 본문은 UTF-8로 보내야 합니다 (받은 문자 집합: ISO-8859-1).");
        assertThat(utf16).hasStatus(415);
        assertThat(endpoints.recorded()).isEqualTo(before);

        MvcTestResult utf8 = mvc.post().uri(DUAL_INCOME).contentType("application/json;charset=utf-8")
                .content(korean.getBytes(StandardCharsets.UTF_8)).exchange();
        assertThat(utf8).hasStatusOk();
        String id = endpoints.body(utf8).get("decisionId").asString();
        assertThat(endpoints.recordedDecision(id).at("/request/applicationId").asString()).isEqualTo("접수-2024-000123");
    }
}
