package kr.nanumteo.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the threads that run the benchmark, per operation
 * ({@code -prof kr.nanumteo.rules.bench.CpuTimeProfiler}).
 *
 * <p>On a machine whose two cores other builds share, wall time per op mostly measures the wait for a
 * core; the CPU the benchmark's threads actually used per op does not grow with that wait. Counted:
 * JMH's worker threads and the common fork-join pool (parallel streams), so for a benchmark that runs on
 * all cores it is the CPU a case costs in total and {@code cores / cpu.time} is what an idle machine
 * could reach. Not counted: the JIT compilers and GC, which a long enough warm-up makes small.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long start;

    private long benchmarkThreadsCpu() {
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().contains("jmh-worker") || t.getThreadName().startsWith("ForkJoinPool"))) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = benchmarkThreadsCpu();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = benchmarkThreadsCpu() - start;
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.time/op", cpu / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
    }
}
