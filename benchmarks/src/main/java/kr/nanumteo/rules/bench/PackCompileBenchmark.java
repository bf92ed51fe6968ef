package kr.nanumteo.rules.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackLoader;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.RulePack;

/**
 * Loading both bundled packs as the service does ({@code PackLoader.load} over each folder: read pack.yaml,
 * check, take the DRL packages the build compiled — or compile the DRL when the service jar has no
 * {@code compiled-packs/} for them — make the KieBases and their session pools). {@code -p source=drl}
 * compiles the DRL every time ({@link PackLoader#loadFromDrl}), as for a pack published at run time.
 *
 * <ul>
 * <li>{@code cold}: the first compile in a fresh JVM, as the service's start-up pays it (class loading
 * and an unwarmed JIT included) — one shot in each of 5 forks;
 * <li>{@code warm}: a compile after several, as a reload in a running service would cost.
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackCompileBenchmark {

    /** {@code precompiled}: as the service loads a bundled pack; {@code drl}: compiling its DRL. */
    @Param({"precompiled", "drl"})
    public String source;

    private List<PackFiles> folders;

    @Setup(Level.Trial)
    public void read() {
        folders = PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public List<RulePack> cold() {
        return load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    @Fork(1)
    public List<RulePack> warm() {
        return load();
    }

    private List<RulePack> load() {
        return folders.stream().map("drl".equals(source) ? PackLoader::loadFromDrl : PackLoader::load).toList();
    }
}
