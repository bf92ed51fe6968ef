package kr.nanumteo.rules;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The test accounts of application-test.properties, as HTTP Basic headers. */
public final class Credentials {

    /** Holds every role: what @DatabaseTest's MockMvc sends by default, for tests of features rather than of access. */
    public static final String TESTER = basic("tester", "tester-test-secret");
    public static final String INTAKE = basic("intake", "intake-test-secret");
    public static final String POLICY = basic("policy", "policy-test-secret");
    /** A second policy account, to approve what {@link #POLICY} submits. */
    public static final String REVIEWER = basic("reviewer", "reviewer-test-secret");
    public static final String AUDITOR = basic("auditor", "auditor-test-secret");

    private Credentials() {
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
