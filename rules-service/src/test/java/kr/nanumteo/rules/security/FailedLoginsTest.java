package kr.nanumteo.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.PostgresRequired;

/**
 * Wrong passwords over HTTP, with the service's own limit (10 a minute): the eleventh attempt is 429 with
 * Retry-After, the right password included, for the account from any address that had not signed in to it,
 * and for every account from the address that failed.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(properties = {"nanumteo.security.login.max-failures=10", "nanumteo.security.login.window=1m"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DatabaseTest.FreshSchema.class)
@DirtiesContext
class FailedLoginsTest {

    static final String POLICY = Credentials.basic("policy", "policy-test-secret");
    static final String WRONG = Credentials.basic("policy", "not-the-password");

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult catalogue(String authorization, String address) {
        return mvc.get().uri("/api/v1/rule-packs").header("Authorization", authorization).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).exchange();
    }

    @Test
    void theEleventhSignInAfterTenWrongPasswordsIsRefusedEvenWithTheRightOne() {
        assertThat(catalogue(POLICY, "10.1.0.1")).as("the policy desk signs in before the attack").hasStatusOk();
        for (int i = 0; i < 10; i++) {
            assertThat(catalogue(WRONG, "10.1.0.2")).hasStatus(401);
        }

        MvcTestResult refused = catalogue(POLICY, "10.1.0.2");
        assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("urn:nanumteo:problem:too-many-failed-logins");
        assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("로그인 시도가 너무 많습니다");

        assertThat(catalogue(POLICY, "10.1.0.3")).as("the account from an address new to it").hasStatus(429);
        assertThat(catalogue(POLICY, "10.1.0.1")).as("the address that signed in before").hasStatusOk();
        assertThat(catalogue(Credentials.basic("auditor", "auditor-test-secret"), "10.1.0.2")).as("another account from the failing address")
                .hasStatus(429);
        assertThat(catalogue(Credentials.basic("auditor", "auditor-test-secret"), "10.1.0.4")).hasStatusOk();
    }

    /** The console's sign-in form, from {@code address}: its CSRF token read from the form, as a browser does. */
    private MvcTestResult signIn(String user, String password, String address) throws Exception {
        MvcTestResult form = mvc.get().uri("/console/login").exchange();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(form.getResponse().getContentAsString());
        assertThat(token.find()).isTrue();
        return mvc.post().uri("/console/login").session((org.springframework.mock.web.MockHttpSession) form.getRequest().getSession())
                .param("username", user).param("password", password).param("_csrf", token.group(1)).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }).exchange();
    }

    @Test
    void wrongPasswordsOnTheConsolesSignInFormCountTooAndTheFormIsThenRefused() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("reviewer", "not-the-password", "10.2.0.2").getResponse().getHeader("Location")).endsWith("/console/login?error");
        }
        MvcTestResult refused = signIn("reviewer", "reviewer-test-secret", "10.2.0.2");
        assertThat(refused).hasStatus(302);
        assertThat(refused.getResponse().getHeader("Location")).endsWith("/console/login?throttled");
        MvcTestResult page = mvc.get().uri("/console/login?throttled").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("로그인 시도가 너무 많습니다");
        MvcTestResult script = mvc.get().uri("/console/rule-packs").header("Authorization", Credentials.basic("reviewer", "reviewer-test-secret"))
                .with(r -> {
                    r.setRemoteAddr("10.2.0.3");
                    return r;
                }).exchange();
        assertThat(script).as("the account, from an address new to it, by HTTP Basic").hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(script.getResponse().getHeader("Retry-After")).isNotBlank();
    }
}
