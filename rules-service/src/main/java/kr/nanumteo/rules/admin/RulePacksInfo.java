package kr.nanumteo.rules.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import kr.nanumteo.rules.packs.PackRegistry;
import kr.nanumteo.rules.packs.PackSet;

/**
 * {@code /actuator/info}'s {@code rulePacks}: the packs this instance serves (id, version, period, sha256) and
 * the publication sequence number it has applied, beside the build and the git commit it runs — what an
 * operator asks of an instance before anything else.
 */
@Component
class RulePacksInfo implements InfoContributor {

    private final PackRegistry registry;
    private final PackSync sync;

    RulePacksInfo(PackRegistry registry, PackSync sync) {
        this.registry = registry;
        this.sync = sync;
    }

    @Override
    public void contribute(Info.Builder builder) {
        List<Map<String, Object>> packs = new ArrayList<>();
        for (PackSet.InForce p : registry.current().packs()) {
            Map<String, Object> pack = new LinkedHashMap<>();
            pack.put("id", p.pack().id());
            pack.put("version", p.pack().version());
            pack.put("period", p.period());
            pack.put("sha256", p.pack().sha256());
            packs.add(pack);
        }
        builder.withDetail("rulePacks", Map.of("inService", packs, "publicationSequence", sync.appliedSeq()));
    }
}
