package kr.nanumteo.rules.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;

/** Health and readiness name each pack in service: id, version, period and sha256. Up while at least one is. */
@Component("rulePacks")
class RulePacksHealth implements HealthIndicator {

    private final PackRegistry registry;

    RulePacksHealth(PackRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        PackSet set = registry.current();
        Map<String, Object> packs = new LinkedHashMap<>();
        for (PackSet.InForce p : set.packs()) {
            packs.put(p.pack().id(), Map.of("version", p.pack().version(), "period", p.period(), "sha256", p.pack().sha256(),
                    "rules", p.pack().rules().size()));
        }
        return (packs.isEmpty() ? Health.down() : Health.up()).withDetail("packs", packs).build();
    }
}
