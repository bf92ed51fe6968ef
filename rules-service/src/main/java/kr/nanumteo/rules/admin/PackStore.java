package kr.nanumteo.rules.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The packs in PostgreSQL (V7__pack_store.sql): their files, content-addressed, and every event — submitted,
 * published, withdrawn — in order. Append-only: a pack's state is the last event about it.
 */
@Repository
class PackStore {

    enum Kind { SUBMITTED, PUBLISHED, WITHDRAWN }

    /** One event. {@code seq} orders them all: the publication sequence number. */
    record Event(long seq, Kind kind, String id, String version, String sha256, LocalDate effectiveFrom, LocalDate effectiveTo,
            String by, Instant at, String source, String note) {

        RulePack.Ref ref() {
            return new RulePack.Ref(id, version, sha256);
        }
    }

    /** The advisory lock that serialises appends (any number: it only has to be this service's own). */
    private static final long LOCK = 0x6e616e756d746572L;

    private final JdbcClient jdbc;
    private volatile String channel;

    PackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The channel every instance listens on; the schema is in its name, so schemas on one database keep apart. */
    String channel() {
        String c = channel;
        if (c == null) {
            c = "nanumteo_packs_" + jdbc.sql("select current_schema()").query(String.class).optional().orElse("public");
            channel = c;
        }
        return c;
    }

    /** Stores one file's bytes (once per content); its sha256. */
    String storeFile(byte[] bytes) {
        String sha = Sha256.hex(bytes);
        jdbc.sql("insert into pack_file (sha256, content) values (?, ?) on conflict do nothing").params(sha, bytes).update();
        return sha;
    }

    Optional<byte[]> file(String sha256) {
        return jdbc.sql("select content from pack_file where sha256 = ?").param(sha256).query(byte[].class).optional();
    }

    /** Stores every file of {@code files} (once per content) and which files make up the pack. */
    void storeFiles(PackFiles files) {
        String pack = files.sha256();
        files.files().forEach((path, bytes) -> {
            String sha = storeFile(bytes);
            jdbc.sql("insert into pack_content (pack_sha256, path, file_sha256) values (?, ?, ?) on conflict do nothing")
                    .params(pack, path, sha).update();
        });
    }

    /** The stored pack whose content hash is {@code sha256}, as the files it was stored with. */
    Optional<PackFiles> files(String sha256, String origin) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        jdbc.sql("""
                select c.path, f.content from pack_content c join pack_file f on f.sha256 = c.file_sha256
                where c.pack_sha256 = ? order by c.path""")
                .param(sha256)
                .query((RowCallbackHandler) rs -> files.put(rs.getString("path"), rs.getBytes("content")));
        if (files.isEmpty()) {
            return Optional.empty();
        }
        PackFiles pack = new PackFiles(origin, files);
        if (!pack.sha256().equals(sha256)) {
            throw new IllegalStateException("stored pack " + sha256 + " reads back as " + pack.sha256() + ": its files were changed in the database");
        }
        return Optional.of(pack);
    }

    /**
     * Appends an event and tells every instance ({@code NOTIFY}, delivered when the transaction commits). One
     * transaction at a time appends (an advisory lock), and only if the pack's last event is still the one the
     * caller decided on: two instances approving one submission at once publish it once.
     *
     * @param after the sequence number of the pack's last event when the caller looked, 0 for none
     * @return the event as stored, with its sequence number
     */
    @Transactional
    Event append(Kind kind, RulePack pack, long after, String by, String source, String note, String report) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(LOCK).query(Integer.class).single();
        long last = jdbc.sql("select coalesce(max(seq), 0) from pack_event where pack_id = ? and version = ?")
                .params(pack.id(), pack.version()).query(Long.class).single();
        if (last != after) {
            throw new PackRefusedException(PackRefusedException.Why.CONCURRENT_CHANGE,
                    "규칙 팩 " + pack.id() + " " + pack.version() + "의 상태가 그사이 다른 곳에서 바뀌었습니다. 목록을 다시 보고 해 주세요.", List.of());
        }
        long seq = jdbc.sql("""
                insert into pack_event (kind, pack_id, version, sha256, effective_from, effective_to, by_account, source, note, report)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json) returning seq""")
                .params(kind.name(), pack.id(), pack.version(), pack.sha256(), pack.effectiveFrom(), pack.effectiveTo(), by, source, note, report)
                .query(Long.class).single();
        jdbc.sql("select 1 from pg_notify(?, ?)").params(channel(), Long.toString(seq)).query(Integer.class).single();
        return jdbc.sql("select * from pack_event where seq = ?").param(seq).query(PackStore::event).single();
    }

    /** Every event, in order (a few per pack: the whole history is small). */
    List<Event> events() {
        return jdbc.sql("select * from pack_event order by seq").query(PackStore::event).list();
    }

    List<Event> events(String id, String version) {
        return jdbc.sql("select * from pack_event where pack_id = ? and version = ? order by seq").params(id, version)
                .query(PackStore::event).list();
    }

    /** The sequence number of the last event about this pack, 0 for none. */
    long lastSeq(String id, String version) {
        return jdbc.sql("select coalesce(max(seq), 0) from pack_event where pack_id = ? and version = ?").params(id, version)
                .query(Long.class).single();
    }

    /** The newest sequence number, 0 before any event. */
    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from pack_event").query(Long.class).single();
    }

    private static Event event(ResultSet rs, int n) throws SQLException {
        java.sql.Date to = rs.getDate("effective_to");
        Timestamp at = rs.getTimestamp("at");
        return new Event(rs.getLong("seq"), Kind.valueOf(rs.getString("kind")), rs.getString("pack_id"), rs.getString("version"),
                rs.getString("sha256"), rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("by_account"), at.toInstant(), rs.getString("source"), rs.getString("note"));
    }
}
