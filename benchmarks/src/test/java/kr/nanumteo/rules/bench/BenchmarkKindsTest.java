package kr.nanumteo.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;

/** Every decision kind the service makes is benchmarked: a kind added to DecisionKinds.ALL must be named in the benchmark too. */
class BenchmarkKindsTest {

    @Test
    void theEvaluationBenchmarkCoversEveryKind() throws NoSuchFieldException {
        String[] benchmarked = EvaluationBenchmark.class.getField("kind").getAnnotation(Param.class).value();
        assertThat(benchmarked).containsExactlyInAnyOrderElementsOf(DecisionKinds.ALL.stream().map(DecisionKind::name).toList());
    }
}
