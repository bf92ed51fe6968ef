package kr.nanumteo.rules.decisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

/**
 * Group commit for the decision log: decisions of concurrent requests are inserted together, in one
 * transaction, and each caller returns only once the transaction holding its decision has committed.
 * One commit (one WAL flush in PostgreSQL) then serves many answers instead of one — which is what
 * limits a recording rules service — and the guarantee stays whole: no caller is told its decision is
 * recorded before it is.
 *
 * <p>A few writer threads take whatever is waiting (up to {@code maxBatch}) and write it; while one
 * commits, the next batch gathers. When a batch is refused for its data (a constraint, e.g. a replay of
 * an unknown decision), its decisions are written one by one, so only the bad one fails; when the
 * database is away, every caller of the batch fails (503).
 */
final class GroupCommit {

    private static final String INSERT = """
            insert into decision (id, kind, outcome, as_of, pack_id, pack_version, pack_sha256,
                                  request, response, evaluated_at, replay_of, application_id, reasons, summarised)
            values (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?, ?, ?)""";

    /** A caller waits at most this long; past it the answer is 503, whatever becomes of the row. */
    private static final long WAIT_SECONDS = 30;

    private record Pending(RecordedDecision decision, CompletableFuture<Void> done) {}

    private final DataSource dataSource;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    GroupCommit(DataSource dataSource, int writers, int maxBatch) {
        this.dataSource = dataSource;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::writeLoop, "decision-log-writer-" + i);
            t.setDaemon(true);
            t.start();
            this.writers.add(t);
        }
    }

    /** Returns once {@code d} is committed; throws {@link DecisionNotRecordedException} otherwise. */
    void record(RecordedDecision d) {
        if (closed) {
            throw new DecisionNotRecordedException(new IllegalStateException("the decision log is closed"));
        }
        Pending p = new Pending(d, new CompletableFuture<>());
        queue.add(p);
        try {
            p.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new DecisionNotRecordedException(e.getCause());
        } catch (TimeoutException e) {
            throw new DecisionNotRecordedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionNotRecordedException(e);
        }
    }

    /** Writes what is already queued, then stops the writers. */
    void close() {
        closed = true;
        for (Thread t : writers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            insert(batch);
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException e) {
            if (batch.size() > 1 && refusedForItsData(e)) {
                for (Pending p : batch) {
                    write(List.of(p));
                }
            } else {
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Pending p : batch) {
                    bind(ps, p.decision());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void bind(PreparedStatement ps, RecordedDecision d) throws SQLException {
        ps.setObject(1, d.decisionId());
        ps.setString(2, d.kind());
        ps.setString(3, d.outcome());
        ps.setObject(4, d.asOf());
        ps.setString(5, d.rulePack().id());
        ps.setString(6, d.rulePack().version());
        ps.setString(7, d.rulePack().sha256());
        ps.setString(8, d.request());
        ps.setString(9, d.response());
        ps.setTimestamp(10, Timestamp.from(d.evaluatedAt()));
        ps.setObject(11, d.replayOf(), Types.OTHER);
        ps.setString(12, d.listing() == null ? null : d.listing().applicationId());
        ps.setString(13, d.listing() == null ? null : d.listing().reasons());
        ps.setBoolean(14, d.listing() != null);
    }

    /** Integrity (23…) or data (22…) errors: a row's fault, not the database's. */
    private static boolean refusedForItsData(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("23") || state.startsWith("22"))) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
