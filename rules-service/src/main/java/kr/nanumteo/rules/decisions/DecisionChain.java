package kr.nanumteo.rules.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import kr.nanumteo.rules.Sha256;
import kr.nanumteo.rules.packs.KoreanParticles;

/**
 * The hash chain over the decision log (V5__decision_chain.sql): every group-commit batch is sealed by a
 * link, the sha256 of its number, the previous batch's link and each of its decisions (id, sha256 of the
 * request and of the answer as stored). The log's own role can only append (V4); the chain makes what the
 * owner or a superuser does behind the service's back visible: a decision removed, changed, or added
 * outside a batch, a batch removed or changed.
 */
public final class DecisionChain {

    /** The previous link of the first batch. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "nanumteo-decision-log/1";

    private DecisionChain() {
    }

    /** One decision as its batch's link covers it: {@code id sha256(request) sha256(response)\n}. */
    static String element(UUID id, String request, String response) {
        return id + " " + Sha256.hex(request) + " " + Sha256.hex(response) + "\n";
    }

    static String link(long seq, String previous, List<String> elements) {
        MessageDigest md = Sha256.digest();
        md.update((VERSION + "\n" + seq + "\n" + previous + "\n").getBytes(StandardCharsets.UTF_8));
        elements.forEach(e -> md.update(e.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * What a verification found. {@code decisions}: how many verified — all of them when INTACT, those
     * before the first break when BROKEN; {@code head}: the last batch, whose link an auditor may note to
     * check later that the chain was not rewritten from there; {@code brokenAt}: the first break.
     */
    public record Verification(String status, long decisions, long batches, Head head, Break brokenAt, Instant checkedAt) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    public record Head(long batch, String link) {}

    /** Where the chain stops verifying: a batch, a decision, or both, and what is wrong there (Korean). */
    public record Break(Long batch, UUID decisionId, String problem) {
        /** The problem as staff read it, its particles resolved ("묶음 2가 없습니다"). */
        public Break {
            problem = KoreanParticles.resolve(problem);
        }
    }

    /**
     * Checks the whole log against its chain in one consistent snapshot, read-only, reading the rows as
     * they are stored. Stops at the first break.
     */
    public static Verification verify(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            c.createStatement().execute("set transaction isolation level repeatable read, read only");
            Verification v = walk(c);
            c.commit();
            return v;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Verification walk(Connection c) throws SQLException {
        Walk w = new Walk();
        try (PreparedStatement ps = c.prepareStatement("""
                select b.seq, b.previous, b.link, m.id, d.id is not null as present, d.request::text as request, d.response::text as response
                from decision_batch b
                cross join lateral unnest(b.decision_ids) with ordinality as m(id, ord)
                left join decision d on d.id = m.id
                order by b.seq, m.ord""")) {
            ps.setFetchSize(1000); // streamed: the log can be large
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Break broken = w.row(rs.getLong("seq"), rs.getString("previous"), rs.getString("link"), rs.getObject("id", UUID.class),
                            rs.getBoolean("present"), rs.getString("request"), rs.getString("response"));
                    if (broken != null) {
                        return w.result(broken);
                    }
                }
            }
        }
        Break broken = w.endOfBatch();
        if (broken == null) {
            broken = firstOutsideTheChain(c);
        }
        return w.result(broken);
    }

    /** A decision in no batch (added behind the service's back), or in two. */
    private static Break firstOutsideTheChain(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("""
                select d.id from decision d left join (select unnest(decision_ids) as id from decision_batch) chained on chained.id = d.id
                where chained.id is null order by d.recorded_at, d.id limit 1""")) {
            if (rs.next()) {
                return new Break(null, rs.getObject(1, UUID.class), "결정이 어느 묶음에도 없습니다: 서비스를 거치지 않고 기록에 더해졌습니다");
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("""
                select id, min(seq) from (select unnest(decision_ids) as id, seq from decision_batch) x group by id having count(*) > 1
                order by min(seq) limit 1""")) {
            if (rs.next()) {
                return new Break(rs.getLong(2), rs.getObject(1, UUID.class), "결정이 두 묶음에 들어 있습니다");
            }
        }
        return null;
    }

    /** The walk along the chain, one row (batch, decision) at a time. */
    private static final class Walk {
        long expected = 1;
        String previousLink = GENESIS;
        long verifiedDecisions;
        long batches;
        Head head;
        // the batch being read
        Long seq;
        String storedLink;
        final List<String> elements = new ArrayList<>();

        Break row(long rowSeq, String previous, String link, UUID id, boolean present, String request, String response) {
            if (seq == null || rowSeq != seq) {
                Break broken = endOfBatch();
                if (broken != null) {
                    return broken;
                }
                if (rowSeq != expected) {
                    return new Break(expected, null, "묶음 " + expected + "이(가) 없습니다 (다음 묶음은 " + rowSeq + ")");
                }
                if (!previous.equals(previousLink)) {
                    return new Break(rowSeq, null, "묶음이 앞 묶음의 고리(" + previousLink + ")에 이어지지 않습니다");
                }
                seq = rowSeq;
                storedLink = link;
            }
            if (!present) {
                return new Break(rowSeq, id, "묶음에 든 결정이 기록에서 사라졌습니다");
            }
            elements.add(element(id, request, response));
            return null;
        }

        Break endOfBatch() {
            if (seq == null) {
                return null;
            }
            if (!link(seq, previousLink, elements).equals(storedLink)) {
                return new Break(seq, null, "묶음의 내용이 고리와 맞지 않습니다: 묶음에 든 결정의 요청이나 답이, 또는 묶음이 바뀌었습니다");
            }
            verifiedDecisions += elements.size();
            batches++;
            head = new Head(seq, storedLink);
            previousLink = storedLink;
            expected = seq + 1;
            seq = null;
            elements.clear();
            return null;
        }

        Verification result(Break broken) {
            return new Verification(broken == null ? "INTACT" : "BROKEN", verifiedDecisions, batches, head, broken, Instant.now());
        }
    }
}
