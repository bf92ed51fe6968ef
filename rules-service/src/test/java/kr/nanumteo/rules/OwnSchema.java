package kr.nanumteo.rules;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of a test class's own, beside the test schema: tests that publish packs run there, so that the
 * instances of other test classes — which hear of every publication on their schema — do not start serving
 * the packs these tests publish.
 */
public final class OwnSchema {

    public static final String BASE = System.getenv().getOrDefault("NANUMTEO_TEST_SCHEMA", "nanumteo_test");

    private OwnSchema() {
    }

    public static String name(String suffix) {
        return BASE + "_" + suffix;
    }

    /** Points the context's connections and Flyway at {@code <test schema>_<suffix>} (the one schema setting). */
    public static void use(DynamicPropertyRegistry registry, String suffix) {
        registry.add("nanumteo.database.schema", () -> name(suffix));
    }
}
