package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.nanumteo.rules.DatabaseTest;
import kr.nanumteo.rules.packs.RulePack;

/** Decisions recorded together are each committed before their caller returns; one bad row fails alone. */
@DatabaseTest
class GroupCommitTest {

    @Autowired
    DecisionLog log;

    private static RecordedDecision decision(UUID id, UUID replayOf) {
        return new RecordedDecision(id, "dual-income", "ELIGIBLE", LocalDate.of(2024, 3, 4),
                new RulePack.Ref("nanumteo-2024", "2024.1.0", "0".repeat(64)), "{\"n\":1}", "{\"outcome\":\"ELIGIBLE\"}",
                Instant.parse("2024-03-04T00:00:00Z"), replayOf);
    }

    @Test
    void everyConcurrentCallerReturnsWithItsDecisionCommittedAndOnlyTheBadOneFails() throws Exception {
        int callers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<UUID> ids = new ArrayList<>();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                UUID id = UUID.randomUUID();
                // one caller replays a decision that does not exist: the foreign key refuses that row only
                UUID replayOf = i == 17 ? UUID.randomUUID() : null;
                if (replayOf == null) {
                    ids.add(id);
                }
                calls.add(pool.submit(() -> {
                    go.await();
                    log.record(decision(id, replayOf));
                    // returned: it must be readable now, by anyone
                    assertThat(log.find(id)).isPresent();
                    return null;
                }));
            }
            go.countDown();
            int failed = 0;
            for (Future<?> f : calls) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DecisionNotRecordedException.class);
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
            for (UUID id : ids) {
                assertThat(log.find(id)).as("decision %s", id).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDecisionTheLogRefusesIsNotRecorded() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> log.record(decision(id, UUID.randomUUID()))).isInstanceOf(DecisionNotRecordedException.class);
        assertThat(log.find(id)).isEmpty();
    }
}
