package kr.nanumteo.rules.decisions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates every kind's example with every pack before the server takes requests, and writes the
 * request and the answer as JSON: the first evaluation of a KieBase is slow (~0.1 s), Jackson builds a
 * type's serializer on its first use, and no caller should pay for either. Nothing is recorded.
 */
@Component
public class Warmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    private final PackRegistry packs;
    private final JsonMapper json;

    Warmup(PackRegistry packs, JsonMapper json) {
        this.packs = packs;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        warm(packs.current());
        log.info("rule packs warmed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Evaluates every kind's example with every pack of {@code set} and writes both as JSON; nothing is recorded. */
    public void warm(PackSet set) {
        for (PackSet.InForce p : set.packs()) {
            for (DecisionKind<?, ?> kind : DecisionKinds.ALL) {
                decideExample(kind, p);
            }
        }
    }

    private <Q> void decideExample(DecisionKind<Q, ?> kind, PackSet.InForce p) {
        Q request = kind.example();
        json.writeValueAsString(kind.decide(p.pack(), request, Stamp.now()));
        json.writeValueAsString(request);
    }
}
