package kr.nanumteo.rules.bench;

import java.lang.reflect.Proxy;

import org.kie.api.runtime.KieSessionsPool;

import kr.nanumteo.rules.packs.PackFiles;
import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.RulePack;

/** The packs bundled with the service (rule-packs/ on the classpath), compiled as the service compiles them. */
public final class BenchPacks {

    private BenchPacks() {
    }

    public static PackSet load() {
        return PackSet.load(PackFiles.allOnClasspath(PackRegistry.BUNDLED_ROOT));
    }

    /**
     * The same pack, but every evaluation gets a brand-new session from the KieBase instead of a pooled
     * one: what evaluation cost before sessions were pooled. Only {@code newKieSession()} is answered,
     * which is all {@code RuleEvaluation} asks of the pool.
     */
    public static RulePack withoutPool(RulePack pack) {
        java.util.Map<String, RulePack.Module> modules = new java.util.LinkedHashMap<>();
        pack.modules().forEach((name, m) -> modules.put(name, new RulePack.Module(m.file(), m.kieBase(),
                (KieSessionsPool) Proxy.newProxyInstance(BenchPacks.class.getClassLoader(), new Class<?>[] { KieSessionsPool.class },
                        (proxy, method, args) -> {
                            if (method.getName().equals("newKieSession") && (args == null || args.length == 0)) {
                                return m.kieBase().newKieSession();
                            }
                            if (method.getName().equals("shutdown")) {
                                return null;
                            }
                            throw new UnsupportedOperationException(method.toString());
                        }), m.expressions(), m.parameters())));
        return new RulePack(pack.id(), pack.version(), pack.effectiveFrom(), pack.effectiveTo(), pack.sha256(), pack.guideline(),
                pack.previous(), pack.parameters(), pack.interpretations(), pack.rules(), pack.files(), java.util.Map.copyOf(modules));
    }
}
