package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StampTest {

    @Test
    void aDecisionIdIsAVersion7UuidCarryingTheDecisionsMillisecond() {
        Stamp s = Stamp.now();

        assertThat(s.decisionId().version()).isEqualTo(7);
        assertThat(s.decisionId().variant()).isEqualTo(2);
        assertThat(s.decisionId().getMostSignificantBits() >>> 16).isEqualTo(s.evaluatedAt().toEpochMilli());
    }

    @Test
    void idsOfLaterDecisionsSortAfterEarlierOnesAndNeverRepeatAcrossThreads() {
        UUID earlier = Stamp.version7(Instant.parse("2024-03-04T09:00:00.001Z"));
        UUID later = Stamp.version7(Instant.parse("2024-03-04T09:00:00.002Z"));
        assertThat(later.toString()).isGreaterThan(earlier.toString());

        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        Instant sameMillisecond = Instant.parse("2024-03-04T09:00:00.001Z");
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(Stamp.version7(sameMillisecond)));
        assertThat(seen).hasSize(200_000);
        List<Integer> versions = seen.stream().map(UUID::version).distinct().toList();
        assertThat(versions).containsExactly(7);
    }
}
