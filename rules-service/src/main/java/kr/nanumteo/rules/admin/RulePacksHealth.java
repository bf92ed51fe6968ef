package kr.nanumteo.rules.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;

/**
 * Health and readiness name each pack in service (id, version, period, sha256) and the publication sequence
 * number this instance has applied. Down while no pack serves, or while a pack the database lists as in
 * service cannot be loaded here — that instance must not take requests it would answer with the wrong pack.
 * {@code /actuator/info}'s {@code rulePacks} names the same packs, beside the build and the git commit.
 */
@Component("rulePacks")
class RulePacksHealth implements HealthIndicator, InfoContributor {

    private final PackRegistry registry;
    private final PackSync sync;

    RulePacksHealth(PackRegistry registry, PackSync sync) {
        this.registry = registry;
        this.sync = sync;
    }

    /** Each pack in service by id: version, period, sha256 and how many rules. */
    private Map<String, Object> packs() {
        Map<String, Object> packs = new LinkedHashMap<>();
        for (PackSet.InForce p : registry.current().packs()) {
            packs.put(p.pack().id(), Map.of("version", p.pack().version(), "period", p.period(), "sha256", p.pack().sha256(),
                    "rules", p.pack().rules().size()));
        }
        return packs;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("rulePacks", Map.of("inService", packs(), "publicationSequence", sync.appliedSeq()));
    }

    @Override
    public Health health() {
        Map<String, Object> packs = packs();
        Health.Builder health = packs.isEmpty() || !sync.unloadable().isEmpty() ? Health.down() : Health.up();
        health.withDetail("packs", packs).withDetail("publicationSequence", sync.appliedSeq());
        if (!sync.unloadable().isEmpty()) {
            health.withDetail("unloadable", sync.unloadable());
        }
        if (sync.unreachable() != null) {
            health.withDetail("publicationsUnreadable", sync.unreachable());
        }
        return health.build();
    }
}
