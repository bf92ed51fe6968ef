package kr.nanumteo.rules.packs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The packs that are in service together, and which one is in force on a given day.
 *
 * <p>Selection is by the case's business date ({@code asOf}), never by Drools' {@code date-effective},
 * which follows the session clock. A pack with no {@code effectiveTo} stays in force until the next
 * pack starts: its period is closed here, so publishing a 2025 pack needs no edit of the frozen 2024 one.
 */
public final class PackSet {

    /** A pack with the period it has in this set. */
    public record InForce(RulePack pack, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        public String period() {
            return from + " ~" + (to == null ? "" : " " + to);
        }
    }

    private final List<InForce> packs;
    private final Map<String, InForce> byId;

    private PackSet(List<InForce> packs) {
        this.packs = List.copyOf(packs);
        Map<String, InForce> ids = new LinkedHashMap<>();
        packs.forEach(p -> ids.put(p.pack().id(), p));
        this.byId = ids;
    }

    /** Compiles every folder; refuses the whole set, naming every problem of every pack, if any pack fails. */
    public static PackSet load(List<PackFiles> folders) {
        List<RulePack> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PackFiles folder : folders) {
            try {
                loaded.add(PackLoader.load(folder));
            } catch (PackLoadException e) {
                e.problems().forEach(p -> problems.add(folder.origin() + "/" + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException("set", problems);
        }
        return of(loaded);
    }

    /** Checks that ids are unique and periods do not overlap, and closes open-ended periods. */
    public static PackSet of(List<RulePack> loaded) {
        if (loaded.isEmpty()) {
            throw new PackLoadException("set", List.of("불러온 규칙 팩이 없습니다"));
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RulePack p : loaded) {
            if (!ids.add(p.id())) {
                problems.add("같은 팩 id가 두 번 있습니다: " + p.id() + " (" + p.origin() + ")");
            }
        }
        List<RulePack> byStart = loaded.stream().sorted(Comparator.comparing(RulePack::effectiveFrom)).toList();
        List<InForce> periods = new ArrayList<>();
        for (int i = 0; i < byStart.size(); i++) {
            RulePack p = byStart.get(i);
            RulePack next = i + 1 < byStart.size() ? byStart.get(i + 1) : null;
            LocalDate to = p.effectiveTo();
            if (next != null) {
                LocalDate dayBeforeNext = next.effectiveFrom().minusDays(1);
                if (!next.effectiveFrom().isAfter(p.effectiveFrom()) || (to != null && to.isAfter(dayBeforeNext))) {
                    problems.add("시행 기간이 겹칩니다: " + p + " 와 " + next);
                }
                if (to == null) {
                    to = dayBeforeNext;
                }
            }
            periods.add(new InForce(p, p.effectiveFrom(), to));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException("set", problems);
        }
        return new PackSet(periods);
    }

    public List<InForce> packs() {
        return packs;
    }

    public Optional<RulePack> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(InForce::pack);
    }

    /**
     * The pack in force on {@code asOf}; when {@code requestedId} is given, that pack, which must be in
     * force on {@code asOf}.
     */
    public RulePack select(LocalDate asOf, String requestedId) {
        if (requestedId != null) {
            InForce requested = byId.get(requestedId);
            if (requested == null || !requested.covers(asOf)) {
                throw new NoPackInForceException(asOf, requestedId, this);
            }
            return requested.pack();
        }
        for (InForce p : packs) {
            if (p.covers(asOf)) {
                return p.pack();
            }
        }
        throw new NoPackInForceException(asOf, null, this);
    }

    /** Every pack with its period: what a 422 lists so the caller can see what exists. */
    public Map<String, String> periods() {
        Map<String, String> out = new LinkedHashMap<>();
        packs.forEach(p -> out.put(p.pack().id(), p.period()));
        return out;
    }

    /** For messages and logs. */
    public Map<String, RulePack> asMap() {
        Map<String, RulePack> out = new HashMap<>();
        packs.forEach(p -> out.put(p.pack().id(), p.pack()));
        return out;
    }
}
