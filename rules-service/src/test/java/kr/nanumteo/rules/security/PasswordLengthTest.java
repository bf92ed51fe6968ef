package kr.nanumteo.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.nanumteo.rules.StartRefusedFailureAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/** A password set for an account has at least 12 characters, or the service does not start and says why; unset ones are generated. */
class PasswordLengthTest {

    @EnableWebSecurity
    static class WebSecurity {
    }

    final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withUserConfiguration(WebSecurity.class, AccessControl.class)
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class, RequestMappingHandlerMapping::new)
            .withPropertyValues("nanumteo.security.users.intake.roles=INTAKE", "nanumteo.security.users.policy.roles=POLICY",
                    "nanumteo.security.users.auditor.roles=AUDITOR");

    @Test
    void aSetPasswordOfElevenCharactersStopsTheStartNamingTheAccountAndTheSettingButNotThePassword() {
        service.withPropertyValues("nanumteo.security.users.intake.password=intake-pw-1", "nanumteo.security.users.policy.password=",
                "nanumteo.security.users.auditor.password=비밀번호는열두자가되어야합니다").run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis why = new StartRefusedFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(why).as("reported as a refused start").isNotNull();
                    assertThat(why.getDescription()).contains("[intake]", "12자보다 짧아").doesNotContain("policy", "auditor");
                    assertThat(why.getAction()).contains("NANUMTEO_INTAKE_PASSWORD", "nanumteo.security.users.intake.password");
                    assertThat(why.getDescription() + why.getAction()).doesNotContain("intake-pw-1");
                });
    }

    @Test
    void twelveCharactersStartAndAnAccountWithoutAPasswordGetsAGeneratedOne() {
        service.withPropertyValues("nanumteo.security.users.intake.password=intake-pw-12", "nanumteo.security.users.policy.password=",
                "nanumteo.security.users.auditor.password=열두자의한국어비밀번호입니다").run(context -> {
                    assertThat(context).hasNotFailed();
                    InMemoryUserDetailsManager accounts = context.getBean(InMemoryUserDetailsManager.class);
                    assertThat(accounts.userExists("intake")).isTrue();
                    assertThat(accounts.loadUserByUsername("policy").getPassword()).isNotBlank();
                });
    }

    @Test
    void springBootReportsTheRefusalItself() {
        // the other analyzers need the context to be made; only whether ours is registered matters here
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null, (type, name, e) -> { }))
                .hasAtLeastOneElementOfType(StartRefusedFailureAnalyzer.class);
    }
}
