package kr.nanumteo.rules.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.admin.PackDrafts;
import kr.nanumteo.rules.packs.PackRegistry;

/**
 * Who sees which page of the console, asked with HTTP Basic as a script would: the roles of the API's routes, the
 * intake account refused everything, a browser without a session sent to the sign-in form, a form post without
 * its CSRF token refused with nothing written — and the API's own chain as it was: stateless, no CSRF.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
class ConsoleAccessTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    PackRegistry registry;
    @Autowired
    PackDrafts drafts;

    /** Each page, and who may read it. */
    Map<String, Set<String>> pages() {
        String version = registry.current().byId("nanumteo-2024").orElseThrow().version();
        String before = registry.current().byId("nanumteo-2023").orElseThrow().version();
        return Map.of(
                "/console", Set.of("policy", "auditor"),
                "/console/rule-packs", Set.of("policy", "auditor"),
                "/console/rule-packs/nanumteo-2024/" + version, Set.of("policy", "auditor"),
                "/console/rule-packs/compare?left=nanumteo-2023@" + before + "&right=nanumteo-2024@" + version, Set.of("policy", "auditor"),
                "/console/drafts", Set.of("policy"),
                "/console/decisions", Set.of("auditor"),
                "/console/comparisons", Set.of("auditor"),
                "/console/verification", Set.of("auditor"));
    }

    static final Map<String, String> ACCOUNTS = Map.of("intake", Credentials.INTAKE, "policy", Credentials.POLICY, "auditor", Credentials.AUDITOR);

    @Test
    void eachRoleReadsItsOwnPagesInKoreanAndIsRefusedTheOthersWithAPageInKorean() {
        pages().forEach((page, roles) -> ACCOUNTS.forEach((account, credentials) -> {
            MvcTestResult r = mvc.get().uri(page).header("Authorization", credentials).accept(MediaType.TEXT_HTML).exchange();
            if (roles.contains(account)) {
                assertThat(r).as(account + " " + page).hasStatusOk();
                assertThat(r.getResponse().getContentType()).as(page).startsWith("text/html");
                assertThat(r).as(page).bodyText().contains("<html lang=\"ko\"", "나눔터 규칙 콘솔", "/console/assets/console.css");
                assertThat(r.getResponse().getHeader("Content-Security-Policy")).as(page).contains("script-src 'none'", "frame-ancestors 'none'");
            } else {
                assertThat(r).as(account + " " + page).hasStatus(403);
                // the page in Korean that ConsoleIT reads in the browser (MockMvc records the forward, not its page)
                assertThat(r.getResponse().getForwardedUrl()).as(page).isEqualTo("/console/denied");
            }
        }));
    }

    @Test
    void theRefusalSaysInKoreanWhyAnExpiredFormAndAForbiddenPageDiffer() {
        assertThat(mvc.get().uri("/console/denied").header("Authorization", Credentials.POLICY).exchange()).hasStatus(403).bodyText()
                .contains("권한이 없습니다", "이 계정의 역할로는 이 화면을 볼 수 없습니다").doesNotContain("보안 토큰");
        assertThat(mvc.get().uri("/console/denied").header("Authorization", Credentials.POLICY)
                .requestAttr(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403,
                        new org.springframework.security.web.csrf.MissingCsrfTokenException("none")).exchange())
                .hasStatus(403).bodyText().contains("양식이 만료되었거나 보안 토큰이 없습니다", "아무것도 바뀌지 않았습니다");
    }

    @Test
    void theIntakeAccountIsRefusedEveryPageOfTheConsole() {
        for (String page : List.of("/console", "/console/rule-packs", "/console/drafts", "/console/decisions", "/console/verification",
                "/console/comparisons", "/console/anything")) {
            assertThat(mvc.get().uri(page).header("Authorization", Credentials.INTAKE).exchange()).as(page).hasStatus(403);
        }
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheSignInFormAndAWrongPasswordIsRefused() {
        MvcTestResult r = mvc.get().uri("/console/rule-packs").accept(MediaType.TEXT_HTML).exchange();
        assertThat(r).hasStatus(302);
        assertThat(r.getResponse().getHeader("Location")).endsWith("/console/login");

        for (String said : List.of("error", "logout", "throttled")) {
            assertThat(mvc.get().uri("/console/login?" + said).exchange()).as(said).hasStatusOk();
        }
        MvcTestResult login = mvc.get().uri("/console/login").exchange();
        assertThat(login).hasStatusOk().bodyText().contains("<label for=\"username\">아이디</label>", "<label for=\"password\">비밀번호</label>",
                "name=\"_csrf\"");
        assertThat(mvc.get().uri("/console/rule-packs").header("Authorization", Credentials.basic("policy", "wrong-password-12"))
                .exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/console/assets/console.css").exchange()).hasStatusOk().bodyText().contains("served from the jar");
    }

    @Test
    void theSignInFormStartsASessionForTheRightPasswordAndSendsAWrongOneBackToTheForm() throws Exception {
        MvcTestResult form = mvc.get().uri("/console/login").exchange();
        MockHttpSession session = (MockHttpSession) form.getRequest().getSession();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(form.getResponse().getContentAsString());
        assertThat(token.find()).as("the form carries its CSRF token").isTrue();

        MvcTestResult wrong = mvc.post().uri("/console/login").session(session).param("username", "policy")
                .param("password", "wrong-password-12").param("_csrf", token.group(1)).exchange();
        assertThat(wrong).hasStatus(302);
        assertThat(wrong.getResponse().getHeader("Location")).endsWith("/console/login?error");

        MvcTestResult right = mvc.post().uri("/console/login").session(session).param("username", "policy")
                .param("password", "policy-test-secret").param("_csrf", token.group(1)).exchange();
        assertThat(right).hasStatus(302);
        assertThat(right.getResponse().getHeader("Location")).endsWith("/console");
        MockHttpSession signedIn = (MockHttpSession) right.getRequest().getSession();
        assertThat(mvc.get().uri("/console/drafts").session(signedIn).exchange()).hasStatusOk().bodyText().contains("policy 님");
        assertThat(mvc.get().uri("/console/decisions").session(signedIn).exchange()).hasStatus(403);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndWritesNothing() {
        int before = drafts.list().size();
        MvcTestResult r = mvc.post().uri("/console/drafts").header("Authorization", Credentials.POLICY)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("from=nanumteo-2024&year=2025").exchange();
        assertThat(r).hasStatus(403);
        assertThat(r.getResponse().getForwardedUrl()).isEqualTo("/console/denied");
        assertThat(drafts.list()).hasSize(before);
    }

    @Test
    void theApiStaysStatelessWithoutCsrf() {
        MvcTestResult list = mvc.get().uri("/api/v1/rule-packs").header("Authorization", Credentials.POLICY).exchange();
        assertThat(list).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(list.getResponse().getHeader("Set-Cookie")).isNull();
        // no CSRF token, and still the route's own answer: "{}" names neither the pack nor the year
        assertThat(mvc.post().uri("/api/v1/admin/drafts").header("Authorization", Credentials.POLICY).contentType(MediaType.APPLICATION_JSON)
                .content("{}").exchange()).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/rule-packs").exchange()).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
