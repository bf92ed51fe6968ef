package kr.nanumteo.rules.database;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.StartRefusedException;

/**
 * The database settings, held together before Flyway migrates anything.
 *
 * <p>The schema is one setting, {@code nanumteo.database.schema} ({@code NANUMTEO_DB_SCHEMA}, default
 * {@code nanumteo}): application.properties hands it to the connections (Hikari's {@code schema}) and to
 * Flyway ({@code spring.flyway.schemas}). A schema named anywhere else — a {@code currentSchema} in
 * {@code SPRING_DATASOURCE_URL}, {@code spring.flyway.schemas}, the pool's {@code schema} — that differs
 * from it stops the start: Flyway would migrate one schema while the service writes in another, health
 * UP and every decision 503.
 *
 * <p>Flyway migrates as the owner ({@code spring.flyway.user}) and the service connects as its own role
 * ({@code spring.datasource.username}), which V4 creates if it is missing and lets only read and insert.
 * The role V4 grants to is the one the service connects as (placeholder {@code service_role}), never a
 * second setting that could name another.
 */
@Component
class DatabaseSettings implements FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSettings.class);

    private final String schema;
    private final DataSource dataSource;
    private final Environment environment;

    DatabaseSettings(@Value("${nanumteo.database.schema}") String schema, DataSource dataSource, Environment environment) {
        this.schema = schema;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void customize(FluentConfiguration flyway) {
        HikariDataSource pool = pool(dataSource);
        List<String> conflicts = conflicts(schema, pool.getJdbcUrl(), pool.getSchema(), flyway.getSchemas(), flyway.getDefaultSchema());
        if (!conflicts.isEmpty()) {
            throw new StartRefusedException(
                    "데이터베이스 스키마는 NANUMTEO_DB_SCHEMA(nanumteo.database.schema, 지금 '" + schema + "') 하나로 정하는데, 다른 스키마를 정한 설정이 있습니다: "
                            + String.join("; ", conflicts) + ". 이대로면 Flyway가 준비한 스키마와 서비스가 쓰는 스키마가 달라집니다.",
                    "스키마는 NANUMTEO_DB_SCHEMA로만 정하세요: SPRING_DATASOURCE_URL에서 currentSchema를 빼고, spring.flyway.schemas·"
                            + "spring.flyway.default-schema·spring.datasource.hikari.schema는 따로 정하지 마세요.");
        }
        Map<String, String> placeholders = new LinkedHashMap<>(flyway.getPlaceholders());
        placeholders.put("service_role", pool.getUsername());
        flyway.placeholders(placeholders);
        String owner = environment.getProperty("spring.flyway.user", pool.getUsername());
        if (owner.equals(pool.getUsername())) {
            log.warn("서비스가 스키마를 준비하는 계정 '{}'으로 연결합니다: 결정 기록은 트리거로만 추가 전용이고, 이 계정은 트리거를 끌 수 있습니다. "
                    + "spring.datasource.username을 서비스 전용 역할로 정하세요 (README, Configuration)", owner);
        }
    }

    /** Each setting that names a schema other than {@code schema}, as the operator wrote it. */
    static List<String> conflicts(String schema, String jdbcUrl, String poolSchema, String[] flywaySchemas, String flywayDefault) {
        List<String> out = new ArrayList<>();
        String inUrl = urlParameter(jdbcUrl, "currentSchema");
        if (inUrl != null && !inUrl.equals(schema)) {
            out.add("SPRING_DATASOURCE_URL(spring.datasource.url)의 currentSchema=" + inUrl);
        }
        if (!Objects.equals(poolSchema, schema)) {
            out.add("spring.datasource.hikari.schema=" + poolSchema);
        }
        if (flywaySchemas == null || !Arrays.equals(flywaySchemas, new String[] {schema})) {
            out.add("spring.flyway.schemas=" + (flywaySchemas == null ? "" : String.join(",", flywaySchemas)));
        }
        if (flywayDefault != null && !flywayDefault.equals(schema)) {
            out.add("spring.flyway.default-schema=" + flywayDefault);
        }
        return out;
    }

    /** A query parameter of a JDBC URL ({@code jdbc:postgresql://host/db?a=1&currentSchema=x}), or null. */
    static String urlParameter(String jdbcUrl, String name) {
        int q = jdbcUrl == null ? -1 : jdbcUrl.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new StartRefusedException("서비스의 DataSource가 HikariCP가 아니어서 스키마(nanumteo.database.schema)를 연결에 정할 수 없습니다: " + dataSource,
                    "spring.datasource.type을 정하지 마세요 (HikariCP가 기본입니다).");
        }
    }
}
