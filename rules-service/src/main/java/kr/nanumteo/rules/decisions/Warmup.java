package kr.nanumteo.rules.decisions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;

/**
 * Evaluates every kind's example with every pack before the server takes requests: the first
 * evaluation of a KieBase is slow (~0.1 s), and no caller should pay for it. Nothing is recorded.
 */
@Component
public class Warmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    private final PackRegistry packs;

    Warmup(PackRegistry packs) {
        this.packs = packs;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        warm(packs.current());
        log.info("rule packs warmed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Evaluates every kind's example with every pack of {@code set}; nothing is recorded. */
    public static void warm(PackSet set) {
        for (PackSet.InForce p : set.packs()) {
            for (DecisionKind<?, ?> kind : DecisionKinds.ALL) {
                decideExample(kind, p);
            }
        }
    }

    private static <Q> void decideExample(DecisionKind<Q, ?> kind, PackSet.InForce p) {
        kind.decide(p.pack(), kind.example(), Stamp.now());
    }
}
