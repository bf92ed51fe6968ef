package kr.nanumteo.rules.decisions;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

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
 *
 * <p>Each batch is sealed in the same transaction by a link in the hash chain ({@link DecisionChain}):
 * the chain is one line for every writer of every instance on the database, so the link is made under a
 * transaction-level advisory lock held until the commit. Only what must be in order is under it — the seal
 * and the commit's WAL flush: the decisions are hashed in the callers' threads, and a batch is one
 * statement (V5's decision_log_append: insert, lock, seal) committed as it ends, so no round trip to this
 * service happens while the lock is held.
 */
final class GroupCommit {

    /**
     * Inserts a batch and seals it in the hash chain, in one statement run with autocommit (V5): one round
     * trip a batch, and the chain's lock held only for the seal and the commit, not across a round trip.
     */
    private static final String APPEND = "select decision_log_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A caller waits at most this long; past it the answer is 503, whatever becomes of the row. */
    private static final long WAIT_SECONDS = 30;

    /** {@code element}: what the chain's link covers of the decision, hashed in the caller's thread, not the writer's. */
    private record Pending(RecordedDecision decision, String element, CompletableFuture<Void> done) {}

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
        Pending p = new Pending(d, DecisionChain.element(d.decisionId(), d.request(), d.response()), new CompletableFuture<>());
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
        List<RecordedDecision> ds = batch.stream().map(Pending::decision).toList();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(APPEND)) {
            c.setAutoCommit(true); // the statement is the transaction; the pool's default, said here because it matters
            // one array a column, in the decisions' order; values as text, which PostgreSQL reads as each column's type
            ps.setArray(1, array(c, "uuid", ds, d -> d.decisionId().toString()));
            ps.setArray(2, array(c, "text", ds, RecordedDecision::kind));
            ps.setArray(3, array(c, "text", ds, RecordedDecision::outcome));
            ps.setArray(4, array(c, "date", ds, d -> d.asOf().toString()));
            ps.setArray(5, array(c, "text", ds, d -> d.rulePack().id()));
            ps.setArray(6, array(c, "text", ds, d -> d.rulePack().version()));
            ps.setArray(7, array(c, "text", ds, d -> d.rulePack().sha256()));
            ps.setArray(8, array(c, "text", ds, RecordedDecision::request));
            ps.setArray(9, array(c, "text", ds, RecordedDecision::response));
            ps.setArray(10, array(c, "timestamptz", ds, d -> d.evaluatedAt().toString()));
            ps.setArray(11, array(c, "uuid", ds, d -> d.replayOf() == null ? null : d.replayOf().toString()));
            // what the log's search lists of each decision (V3), filled by the writer, not extracted from the json
            ps.setArray(12, array(c, "text", ds, d -> d.listing() == null ? null : d.listing().applicationId()));
            ps.setArray(13, array(c, "text", ds, d -> d.listing() == null ? null : d.listing().reasons()));
            ps.setArray(14, array(c, "boolean", ds, d -> Boolean.toString(d.listing() != null)));
            ps.setString(15, String.join("", batch.stream().map(Pending::element).toList()));
            ps.executeQuery().close();
        }
    }

    private static Array array(Connection c, String type, List<RecordedDecision> ds, Function<RecordedDecision, String> column)
            throws SQLException {
        return c.createArrayOf(type, ds.stream().map(column).toArray(String[]::new));
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
}
