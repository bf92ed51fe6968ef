package kr.nanumteo.rules.admin;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.packs.NextYearPack;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.packs.YamlEdit;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.NotFoundException;

/**
 * Drafts of next year's pack, in PostgreSQL (V8__pack_drafts.sql): made from a pack as new-pack makes it,
 * changed one parameter or file at a time — every change recorded with who, when and why — checked, and
 * submitted, after which the pack takes the same path as an uploaded one (PackPublisher).
 */
@Service
public class PackDrafts {

    public record Change(long seq, String path, String fileSha256, String what, String reason, String by, Instant at) {}

    public record FileView(String path, String sha256, int bytes) {}

    /** A draft as staff read it: what it is based on, its pack's id and version now, its files, parameters and changes. */
    public record Draft(UUID id, RulePack.Ref basedOn, int year, String createdBy, Instant createdAt, String packId, String version,
            List<FileView> files, List<ParameterView> parameters, List<Change> changes, List<String> citationsToReview) {}

    /** One parameter's new value, unit, citation and description (each optional but the value), and why. */
    public record ParameterEdit(Object value, String unit, String citation, String description, String reason) {}

    private final JdbcClient jdbc;
    private final PackStore store;
    private final PackRegistry registry;
    private final PackPublisher publisher;

    PackDrafts(JdbcClient jdbc, PackStore store, PackRegistry registry, PackPublisher publisher) {
        this.jdbc = jdbc;
        this.store = store;
        this.registry = registry;
        this.publisher = publisher;
    }

    /** Next year's draft of {@code fromId} (the version in service, unless {@code fromVersion} names another). */
    @Transactional
    public Draft create(String fromId, String fromVersion, Integer year, String by) {
        FieldErrors errors = new FieldErrors();
        if (fromId == null || fromId.isBlank()) {
            errors.reject("from", "바탕이 될 팩의 id가 필요합니다 (예: nanumteo-2024)");
        }
        if (year == null) {
            errors.reject("year", "새 팩의 연도가 필요합니다 (예: 2025)");
        }
        errors.throwIfAny();
        RulePack base = (fromVersion == null ? registry.current().byId(fromId) : registry.find(fromId, fromVersion))
                .orElseThrow(() -> new NotFoundException("규칙 팩 " + fromId + (fromVersion == null ? "" : " " + fromVersion) + "이(가) 없습니다"));
        NextYearPack.Draft next;
        try {
            next = NextYearPack.from(base.files(), year);
        } catch (IllegalArgumentException e) {
            errors.reject("year", e.getMessage());
            errors.throwIfAny();
            throw e;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into pack_draft (id, based_on_id, based_on_version, based_on_sha256, year, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, base.id(), base.version(), base.sha256(), year, by).update();
        String what = "new-pack from " + base.id() + " " + base.version();
        next.files().files().forEach((path, bytes) -> change(id, path, bytes, what, null, by));
        return get(id);
    }

    public List<Draft> list() {
        return jdbc.sql("select id from pack_draft order by created_at desc").query(UUID.class).list().stream().map(this::get).toList();
    }

    public Draft get(UUID id) {
        Map<String, Object> row = jdbc.sql("select * from pack_draft where id = ?").param(id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("초안 " + id + "이(가) 없습니다"));
        List<Change> changes = changes(id);
        PackFiles files = files(id, changes);
        String yaml = files.text(PackFiles.DESCRIPTOR);
        List<FileView> fileViews = new ArrayList<>();
        files.files().forEach((path, bytes) -> fileViews.add(new FileView(path, Sha256.hex(bytes), bytes.length)));
        List<ParameterView> parameters = new ArrayList<>();
        tools.jackson.databind.JsonNode params = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(yaml).path("parameters");
        for (String key : params.propertyNames()) {
            tools.jackson.databind.JsonNode p = params.get(key);
            tools.jackson.databind.JsonNode v = p.path("value");
            Object value = v.isNumber() ? v.decimalValue() : v.isBoolean() ? v.booleanValue() : v.isArray() ? v.values().stream().map(x -> x.asString()).toList()
                    : v.asString();
            parameters.add(new ParameterView(key, value, p.path("unit").asString(null), p.path("description").asString(null),
                    p.path("citation").asString(null)));
        }
        int year = ((Number) row.get("year")).intValue();
        return new Draft(id, new RulePack.Ref((String) row.get("based_on_id"), (String) row.get("based_on_version"), (String) row.get("based_on_sha256")),
                year, (String) row.get("created_by"), ((java.sql.Timestamp) row.get("created_at")).toInstant(),
                YamlEdit.scalar(yaml, "id").orElse(null), YamlEdit.scalar(yaml, "version").orElse(null), fileViews, parameters, changes,
                NextYearPack.citationsNaming(files, Integer.toString(year - 1)));
    }

    /** Changes one parameter of the draft's pack.yaml: its value, and its unit, citation and description when given. */
    @Transactional
    public Draft setParameter(UUID id, String key, ParameterEdit edit, String by) {
        Draft draft = get(id);
        FieldErrors errors = new FieldErrors();
        if (edit == null || edit.value() == null) {
            errors.reject("value", "새 값이 필요합니다");
        }
        if (edit == null || edit.reason() == null || edit.reason().isBlank()) {
            errors.reject("reason", "바꾸는 까닭을 적어 주세요 (기록에 남습니다)");
        }
        errors.throwIfAny();
        String yaml = files(id, draft.changes()).text(PackFiles.DESCRIPTOR);
        if (YamlEdit.scalar(yaml, "parameters", key, "value").isEmpty() && !YamlEdit.has(yaml, "value", "parameters", key)) {
            throw new NotFoundException("초안의 pack.yaml에 이 파라미터가 없습니다: " + key);
        }
        Object value = edit.value() instanceof Number n ? new BigDecimal(n.toString()) : edit.value();
        String before = YamlEdit.scalar(yaml, "parameters", key, "value").orElse("?");
        String next = YamlEdit.replace(yaml, value, "parameters", key, "value");
        Map<String, String> also = new LinkedHashMap<>();
        also.put("unit", edit.unit());
        also.put("citation", edit.citation());
        also.put("description", edit.description());
        for (Map.Entry<String, String> e : also.entrySet()) {
            if (e.getValue() != null) {
                if (YamlEdit.scalar(next, "parameters", key, e.getKey()).isEmpty()) {
                    errors.reject(e.getKey(), "파라미터 " + key + "에 이 항목이 없어 바꿀 수 없습니다: " + e.getKey());
                } else {
                    next = YamlEdit.replace(next, e.getValue(), "parameters", key, e.getKey());
                }
            }
        }
        errors.throwIfAny();
        change(id, PackFiles.DESCRIPTOR, next.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "parameter " + key + ": " + before + " → " + shown(value), edit.reason(), by);
        return get(id);
    }

    /** Replaces (or adds) one file of the draft. */
    @Transactional
    public Draft putFile(UUID id, String path, byte[] content, String reason, String by) {
        get(id);
        FieldErrors errors = new FieldErrors();
        if (path == null || path.isBlank() || path.startsWith("/") || List.of(path.split("/")).contains("..") || path.contains("\\")) {
            errors.reject("path", "팩 폴더 안의 상대 경로여야 합니다 (예: dual-income.drl)");
        }
        if (content == null || content.length == 0) {
            errors.reject("content", "파일 내용이 비어 있습니다");
        } else if (content.length > PackArchive.MAX_BYTES) {
            errors.reject("content", "파일이 너무 큽니다 (" + PackArchive.MAX_BYTES / 1024 / 1024 + " MB까지)");
        }
        errors.throwIfAny();
        change(id, path, content, "file " + path, reason, by);
        return get(id);
    }

    /** What submitting the draft would find. */
    public PackCheck.Report check(UUID id) {
        return publisher.check(files(id, get(id).changes()));
    }

    /** The draft's pack, checked and submitted: from here on it is an uploaded pack awaiting approval. */
    public PackPublisher.Outcome submit(UUID id, String by) {
        return publisher.submit(files(id, get(id).changes()), null, by, "draft " + id);
    }

    public PackFiles files(UUID id) {
        return files(id, get(id).changes());
    }

    private Draft existing(UUID id) {
        return get(id);
    }

    private void change(UUID id, String path, byte[] bytes, String what, String reason, String by) {
        String sha = store.storeFile(bytes);
        jdbc.sql("insert into pack_draft_change (draft_id, path, file_sha256, what, reason, by_account) values (?, ?, ?, ?, ?, ?)")
                .params(id, path, sha, what, reason, by).update();
    }

    private List<Change> changes(UUID id) {
        return jdbc.sql("select * from pack_draft_change where draft_id = ? order by seq").param(id).query(PackDrafts::change).list();
    }

    private PackFiles files(UUID id, List<Change> changes) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, String> last = new LinkedHashMap<>();
        changes.forEach(c -> last.put(c.path(), c.fileSha256()));
        last.forEach((path, sha) -> {
            if (sha != null) {
                files.put(path, store.file(sha).orElseThrow(() -> new IllegalStateException("draft file " + sha + " is missing")));
            }
        });
        return new PackFiles("draft/" + id, files);
    }

    private static Change change(ResultSet rs, int n) throws SQLException {
        return new Change(rs.getLong("seq"), rs.getString("path"), rs.getString("file_sha256"), rs.getString("what"), rs.getString("reason"),
                rs.getString("by_account"), rs.getTimestamp("at").toInstant());
    }

    /** A value as a change's description shows it. */
    private static String shown(Object value) {
        return value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
