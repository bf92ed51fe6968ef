package kr.nanumteo.rules.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.StartRefusedException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Three roles, one account each by default: the intake system (decisions),
 * policy staff (publishing packs) and auditors (the log, replays, comparisons). Credentials come from
 * configuration or the environment (NANUMTEO_INTAKE_PASSWORD, NANUMTEO_POLICY_PASSWORD,
 * NANUMTEO_AUDITOR_PASSWORD), never from the repository; an account without one gets a random password
 * at start-up, written once to the log; a password that is set must have at least
 * {@value #MIN_PASSWORD_LENGTH} characters, or the service does not start. HTTP Basic, no sessions; failed
 * sign-ins are throttled per account and per address ({@link LoginThrottle}, 429 with Retry-After); 401, 403
 * and 429 are problem details. The console ({@link #console}) is a chain of its own: form login and sessions.
 */
@Configuration
@EnableConfigurationProperties({AccessControl.Accounts.class, AccessControl.LoginLimits.class})
class AccessControl {

    static final String INTAKE = "INTAKE";
    static final String POLICY = "POLICY";
    static final String AUDITOR = "AUDITOR";
    /** A set password shorter than this is refused at start-up; the generated ones are 24 characters. */
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AccessControl.class);
    private static final String UNAUTHENTICATED = "urn:nanumteo:problem:unauthenticated";
    private static final String CONSOLE_LOGIN = "/console/login";

    /** {@code nanumteo.security.users.<name>.password / .roles}. */
    @ConfigurationProperties("nanumteo.security")
    record Accounts(Map<String, Account> users) {
        record Account(String password, List<String> roles) {}
    }

    /** {@code nanumteo.security.login.max-failures / .window}: failed sign-ins let through per account or address. */
    @ConfigurationProperties("nanumteo.security.login")
    record LoginLimits(@DefaultValue("10") int maxFailures, @DefaultValue("1m") Duration window) {}

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, LoginThrottle throttle,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) throws Exception {
        return http
                .csrf(c -> c.disable())
                .addFilterBefore((request, response, chain) -> {
                    HttpServletRequest req = (HttpServletRequest) request;
                    Optional<Duration> wait = throttled(throttle, req);
                    if (wait.isPresent()) {
                        tooManyFailedLogins(json, req, (HttpServletResponse) response, wait.get());
                        return;
                    }
                    chain.doFilter(request, response);
                }, BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(json, req, res, 401, UNAUTHENTICATED, "인증이 필요합니다",
                        "이 요청에는 자격 증명(HTTP Basic)이 필요합니다. 역할별 계정은 운영자에게 받으세요.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(json, req, res, 401, UNAUTHENTICATED, "인증이 필요합니다",
                                "이 요청에는 자격 증명(HTTP Basic)이 필요합니다. 역할별 계정은 운영자에게 받으세요."))
                        .accessDeniedHandler((req, res, ex) -> problem(json, req, res, 403, "urn:nanumteo:problem:forbidden", "권한이 없습니다",
                                "이 계정의 역할로는 이 요청을 할 수 없습니다.")))
                .authorizeHttpRequests(a -> a
                        // The container's forward to /error after an error (web/ContainerErrors answers it as a
                        // problem): the request itself was authorized or refused on its way in.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The API contract and Swagger UI, for anyone who would integrate (web/ApiDocument).
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/springdoc/swagger-config",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(POLICY, AUDITOR)
                        // Decisions: the intake system.
                        .requestMatchers(HttpMethod.POST, "/api/v1/eligibility/**", "/api/v1/admissions/**", "/api/v1/subsidies/**",
                                "/api/v1/budgets/**", "/api/v1/standards/**").hasRole(INTAKE)
                        // Reading the log, replays and comparisons: auditors; the intake system may read back its own answer by id.
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasRole(AUDITOR)
                        // before decisions/* below: verifying the whole log is the auditors' alone
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/verification").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*").hasAnyRole(INTAKE, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/comparisons", "/api/v1/comparisons/**").hasRole(AUDITOR)
                        // Packs: policy staff publish; policy staff and auditors read the catalogue.
                        .requestMatchers("/api/v1/admin/**").hasRole(POLICY)
                        .requestMatchers(HttpMethod.GET, "/api/v1/rule-packs", "/api/v1/rule-packs/**").hasAnyRole(POLICY, AUDITOR)
                        .anyRequest().access(onlyWhatIsNotServed(routes)))
                .build();
    }

    /**
     * The console (console/): the same accounts, in a browser — a login form and a session, CSRF tokens on every
     * form post — and HTTP Basic for scripts. Policy staff and auditors only, each to their own pages; the intake
     * account is refused all of it (403). Failed sign-ins count, and are throttled, as on the API.
     */
    /**
     * What a console page may load and do: its own stylesheet, no script at all (the console has none, so a
     * value that slipped past Thymeleaf's escaping could not run), forms posted only to itself, and no framing.
     * Inline style attributes stay allowed: the bars of the charts are widths set per value.
     */
    static final String CONSOLE_CONTENT_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, JsonMapper json, LoginThrottle throttle) throws Exception {
        return http
                .securityMatcher("/console/**")
                .addFilterBefore((request, response, chain) -> {
                    HttpServletRequest req = (HttpServletRequest) request;
                    boolean signIn = "POST".equals(req.getMethod()) && req.getRequestURI().equals(req.getContextPath() + CONSOLE_LOGIN);
                    String form = signIn ? req.getParameter("username") : null;
                    Optional<Duration> wait = form != null ? throttle.refused(form, req.getRemoteAddr()) : throttled(throttle, req);
                    if (wait.isPresent()) {
                        // the form goes back to the sign-in page, which says so; a script's Basic sign-in hears 429 as on the API
                        HttpServletResponse res = (HttpServletResponse) response;
                        if (form != null) {
                            res.sendRedirect(req.getContextPath() + CONSOLE_LOGIN + "?throttled");
                        } else {
                            tooManyFailedLogins(json, req, res, wait.get());
                        }
                        return;
                    }
                    chain.doFilter(request, response);
                }, UsernamePasswordAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONSOLE_CONTENT_POLICY)))
                .formLogin(f -> f.loginPage(CONSOLE_LOGIN).defaultSuccessUrl("/console", false).failureUrl(CONSOLE_LOGIN + "?error").permitAll())
                .httpBasic(b -> b.realmName("nanumteo-rules"))
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl(CONSOLE_LOGIN + "?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/console/denied"))
                .authorizeHttpRequests(a -> a
                        // the denied page (a forward) and the container's error dispatch: refused or let in on the way in
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        // the sign-in form with whatever it says (?error, ?logout, ?throttled), and the stylesheet
                        .requestMatchers(CONSOLE_LOGIN, "/console/assets/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/console/rule-packs/**").hasRole(POLICY)
                        .requestMatchers("/console/drafts", "/console/drafts/**").hasRole(POLICY)
                        .requestMatchers("/console/decisions", "/console/decisions/**", "/console/comparisons", "/console/verification")
                        .hasRole(AUDITOR)
                        .anyRequest().hasAnyRole(POLICY, AUDITOR))
                .build();
    }

    /**
     * Requests no rule above grants. A route the service serves stays refused, so a route added without
     * its rule above is closed to everyone; anything else — a path nothing serves, or a served path with
     * a method it does not take — is let through for an authenticated caller, who then hears 404 or 405
     * from the dispatcher instead of a 403 that says the route exists but is not theirs.
     */
    private static AuthorizationManager<RequestAuthorizationContext> onlyWhatIsNotServed(RequestMappingHandlerMapping routes) {
        AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated = AuthenticatedAuthorizationManager.authenticated();
        return (authentication, context) -> served(routes, context.getRequest())
                ? new AuthorizationDecision(false)
                : authenticated.authorize(authentication, context);
    }

    /** Whether a controller takes this request, asked of the dispatcher's own handler mapping. */
    private static boolean served(RequestMappingHandlerMapping routes, HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return routes.getHandler(request) != null;
        } catch (HttpRequestMethodNotSupportedException e) {
            return false; // the path is served, not with this method: 405
        } catch (Exception e) {
            return true; // served, but this request does not fit it (media type, parameters): stays refused
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed); // null removes it
        }
    }

    @Bean
    InMemoryUserDetailsManager accounts(Accounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        Map<String, Accounts.Account> configured = accounts.users() == null ? Map.of() : new LinkedHashMap<>(accounts.users());
        refuseShortPasswords(configured);
        configured.forEach((name, account) -> {
            String password = account.password();
            if (password == null || password.isBlank()) {
                password = generated();
                log.warn("계정 '{}'에 비밀번호가 설정되지 않아 이번 실행에만 쓰는 비밀번호를 만들었습니다: {} "
                        + "(운영에서는 NANUMTEO_{}_PASSWORD 또는 nanumteo.security.users.{}.password로 정하세요)",
                        name, password, name.toUpperCase(), name);
            }
            users.add(User.withUsername(name).password(encoder.encode(password))
                    .roles(account.roles() == null ? new String[0] : account.roles().toArray(String[]::new)).build());
        });
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Every account's set password has at least {@value #MIN_PASSWORD_LENGTH} characters: a short one
     * stops the start, naming the accounts (never the passwords) and the settings to change.
     */
    private static void refuseShortPasswords(Map<String, Accounts.Account> configured) {
        List<String> tooShort = new ArrayList<>();
        configured.forEach((name, account) -> {
            String password = account.password();
            if (password != null && !password.isBlank() && password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
                tooShort.add(name);
            }
        });
        if (!tooShort.isEmpty()) {
            throw new StartRefusedException(
                    "계정 " + tooShort + "의 비밀번호가 " + MIN_PASSWORD_LENGTH + "자보다 짧아 서비스를 시작하지 않습니다.",
                    "비밀번호를 " + MIN_PASSWORD_LENGTH + "자 이상으로 정하세요: " + String.join(", ", tooShort.stream()
                            .map(n -> "NANUMTEO_" + n.toUpperCase() + "_PASSWORD 또는 nanumteo.security.users." + n + ".password").toList())
                            + ". 비워 두면 이번 실행에만 쓰는 비밀번호가 만들어집니다.");
        }
    }

    @Bean
    LoginThrottle loginThrottle(Accounts accounts, LoginLimits limits) {
        return new LoginThrottle(limits.maxFailures(), limits.window(), Clock.systemUTC(),
                accounts.users() == null ? List.of() : accounts.users().keySet());
    }

    @Bean
    ApplicationListener<AuthenticationFailureBadCredentialsEvent> countFailedLogins(LoginThrottle throttle) {
        return e -> throttle.failed(e.getAuthentication().getName(), address(e));
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> rememberSignedInAddresses(LoginThrottle throttle) {
        return e -> throttle.succeeded(e.getAuthentication().getName(), address(e));
    }

    private static String address(AbstractAuthenticationEvent e) {
        return e.getAuthentication().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    }

    /** 429 with Retry-After: the sign-in waits until the throttle's window has passed. */
    private static void tooManyFailedLogins(JsonMapper json, HttpServletRequest req, HttpServletResponse res, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        res.setHeader("Retry-After", Long.toString(seconds));
        problem(json, req, res, 429, "urn:nanumteo:problem:too-many-failed-logins", "로그인 시도가 너무 많습니다",
                "이 계정 또는 이 주소에서 비밀번호가 너무 여러 번 틀렸습니다. " + seconds + "초 뒤에 다시 시도하세요.");
    }

    /** How long this request's sign-in must wait; empty when it carries no Basic credentials or may be tried. */
    private static Optional<Duration> throttled(LoginThrottle throttle, HttpServletRequest req) {
        UsernamePasswordAuthenticationToken basic;
        try {
            basic = new BasicAuthenticationConverter().convert(req);
        } catch (BadCredentialsException malformed) {
            return Optional.empty(); // the Basic filter answers it with 401
        }
        return basic == null ? Optional.empty() : throttle.refused(basic.getName(), req.getRemoteAddr());
    }

    /**
     * Passwords are compared as SHA-256 digests in constant time. They are long random service secrets
     * held only in memory, so a slow password hash (bcrypt costs ~50 ms per request under HTTP Basic)
     * would buy nothing but latency.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return Sha256.hex(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoded != null && MessageDigest.isEqual(encode(raw).getBytes(StandardCharsets.US_ASCII),
                        encoded.getBytes(StandardCharsets.US_ASCII));
            }
        };
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void problem(JsonMapper json, HttpServletRequest req, HttpServletResponse res, int status, String type, String title,
            String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", req.getRequestURI());
        res.setStatus(status);
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"nanumteo-rules\", charset=\"UTF-8\"");
        }
        res.setContentType("application/problem+json");
        res.getOutputStream().write(json.writeValueAsBytes(body)); // JSON is UTF-8 by definition (RFC 8259)
    }
}
