package kr.nanumteo.rules.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** The packs put into service (table rule_pack): one id and version, one content, for ever. */
@Repository
class PublishedPacks {

    record Published(String id, String version, String sha256, LocalDate effectiveFrom, LocalDate effectiveTo,
            Instant publishedAt, String publishedBy, String source) {}

    private final JdbcClient jdbc;

    PublishedPacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Published> find(String id, String version) {
        return jdbc.sql("select * from rule_pack where id = ? and version = ?").params(id, version).query(PublishedPacks::row).optional();
    }

    List<Published> all() {
        return jdbc.sql("select * from rule_pack order by id, version").query(PublishedPacks::row).list();
    }

    /**
     * Refuses a pack whose id and version were published before with other content: a published pack is
     * frozen, so a changed one needs a new version.
     */
    void refuseOtherContent(RulePack pack) {
        find(pack.id(), pack.version()).filter(p -> !p.sha256().equals(pack.sha256())).ifPresent(p -> {
            throw new PackRefusedException(PackRefusedException.Why.SAME_VERSION_OTHER_CONTENT,
                    "규칙 팩 " + pack.id() + " " + pack.version() + "은(는) 이미 다른 내용(sha256 " + p.sha256() + ")으로 게시되었습니다("
                            + p.publishedAt() + ", " + p.publishedBy() + "). 게시된 팩은 바꿀 수 없습니다: 버전을 올려 새 팩으로 게시하세요.",
                    List.of());
        });
    }

    /** Records the pack unless this id and version are already recorded (with the same content: callers check first). */
    void record(PackSet.InForce p, String by, String source) {
        jdbc.sql("""
                insert into rule_pack (id, version, sha256, effective_from, effective_to, published_by, source)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (id, version) do nothing""")
                .params(p.pack().id(), p.pack().version(), p.pack().sha256(), p.pack().effectiveFrom(), p.pack().effectiveTo(), by, source)
                .update();
    }

    private static Published row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("published_at");
        java.sql.Date to = rs.getDate("effective_to");
        return new Published(rs.getString("id"), rs.getString("version"), rs.getString("sha256"), rs.getDate("effective_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), at.toInstant(), rs.getString("published_by"), rs.getString("source"));
    }
}
