package kr.nanumteo.rules.packs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kr.nanumteo.rules.packs.PackCheck.Finding;
import kr.nanumteo.rules.packs.PackCheck.ParameterChange;
import kr.nanumteo.rules.packs.PackCheck.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The slips a new pack is checked for beyond its own correctness, each of which once cost a year's cases:
 * taking the id of a pack in service (which retires it) without saying so, periods that leave days without a
 * pack, a parameter whose value changed while its citation or description still states the old one, and a
 * README copied unchanged.
 */
final class PackGuards {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private PackGuards() {
    }

    /**
     * A pack with the id of a pack in service but another version replaces it — that pack's whole period is
     * then decided by this one. Allowed only when the pack says so: {@code replaces: nanumteo-2024 2024.1.0}.
     */
    static void replacing(RulePack pack, List<RulePack> inService, List<Finding> findings) {
        String replaces = replaces(pack);
        Optional<RulePack> same = inService.stream().filter(p -> p.id().equals(pack.id()) && !p.version().equals(pack.version())).findFirst();
        if (same.isPresent()) {
            String named = same.get().id() + " " + same.get().version();
            if (!named.equals(replaces)) {
                findings.add(new Finding(Severity.ERROR, PackFiles.DESCRIPTOR, "id " + pack.id() + "은(는) 운영 중인 팩 " + named + "("
                        + same.get().period() + ")의 id입니다. 게시하면 그 팩이 물러나고 그 기간의 사례를 모두 이 팩이 판정합니다. 새 해의 팩이면 id를 "
                        + "바꾸세요(new-pack 명령이 바꿉니다). 정말 그 팩을 대신하려면 pack.yaml에 'replaces: " + named + "'을(를) 적으세요"));
            }
        } else if (replaces != null && inService.stream().noneMatch(p -> (p.id() + " " + p.version()).equals(replaces))) {
            findings.add(new Finding(Severity.ERROR, PackFiles.DESCRIPTOR, "replaces " + replaces + ": 운영 중인 팩이 아닙니다"));
        }
    }

    /** {@code replaces} of pack.yaml, or null. */
    static String replaces(RulePack pack) {
        JsonNode yaml = YAML.readTree(pack.files().files().get(PackFiles.DESCRIPTOR));
        JsonNode r = yaml.path("replaces");
        return r.isMissingNode() || r.isNull() ? null : r.asString().strip();
    }

    /** Days between two periods that no pack covers: a case dated there would be answered 422. */
    static void gaps(PackSet set, List<Finding> findings) {
        List<PackSet.InForce> packs = set.packs();
        for (int i = 0; i + 1 < packs.size(); i++) {
            PackSet.InForce a = packs.get(i);
            PackSet.InForce b = packs.get(i + 1);
            if (a.to() != null && b.from().isAfter(a.to().plusDays(1))) {
                findings.add(new Finding(Severity.WARNING, "시행 기간", a.to().plusDays(1) + " ~ " + b.from().minusDays(1) + "에는 시행 중인 팩이 "
                        + "없습니다 (" + a.pack().id() + " 다음, " + b.pack().id() + " 앞): 그 날짜의 사례는 판정할 수 없습니다"));
            }
        }
    }

    /**
     * A parameter given a new value must not keep the old one in its citation or description, nor an
     * interpretation quote it: live answers would say "기준 70㎡" beside a citation saying "최소 66제곱미터". A text
     * that states the new value too is telling of the change ("55,194천원에서 56,712천원으로") and is left alone.
     */
    static void staleValues(RulePack pack, List<ParameterChange> changes, List<Finding> findings) {
        for (ParameterChange c : changes) {
            if (!(c.before() instanceof BigDecimal before) || !(c.after() instanceof BigDecimal after) || before.compareTo(after) == 0) {
                continue;
            }
            Parameters.Parameter p = pack.parameters().all().get(c.key());
            List<String> forms = Units.writtenForms(before, p.unit());
            List<String> newForms = Units.writtenForms(after, p.unit());
            String change = Units.display(before, p.unit()) + "에서 " + Units.display(after, p.unit()) + "(으)로 바뀌었는데 ";
            boolean tellsOfTheChange = Units.stated(p.citation(), newForms).isPresent() || Units.stated(p.description(), newForms).isPresent();
            for (String field : tellsOfTheChange ? List.<String>of() : List.of("citation", "description")) {
                String text = field.equals("citation") ? p.citation() : p.description();
                Units.stated(text, forms).ifPresent(old -> findings.add(new Finding(Severity.ERROR,
                        PackFiles.DESCRIPTOR + ": parameters." + c.key(), "값이 " + change + field + "에 이전 값 '" + old + "'이(가) 남아 있습니다")));
            }
            for (RulePack.Interpretation i : pack.interpretations()) {
                for (String text : Arrays.asList(i.reading(), i.citation(), i.topic())) {
                    Optional<String> old = Units.stated(text, forms).filter(o -> Units.stated(text, newForms).isEmpty());
                    if (old.isPresent()) {
                        findings.add(new Finding(Severity.ERROR, PackFiles.DESCRIPTOR + ": interpretations " + i.id(), "파라미터 " + c.key() + "의 값이 "
                                + change + "해석에 이전 값 '" + old.get() + "'이(가) 남아 있습니다"));
                        break;
                    }
                }
            }
        }
    }

    /** A README copied from the previous pack still describes that pack, whatever its heading (new-pack renames that) says. */
    static void readme(RulePack previous, RulePack pack, List<Finding> findings) {
        if (!pack.files().files().containsKey("README.md")) {
            findings.add(new Finding(Severity.WARNING, "README.md", "README.md가 없습니다: 이 팩이 무엇이고 이전 팩과 무엇이 다른지 적어 주세요"));
        } else if (previous.files().files().containsKey("README.md")
                && body(previous.files().text("README.md")).equals(body(pack.files().text("README.md")))) {
            findings.add(new Finding(Severity.WARNING, "README.md", "README.md가 이전 팩(" + previous.id() + ")의 것과 같습니다: 이 팩이 무엇이고 "
                    + "무엇이 바뀌었는지 적어 주세요"));
        }
    }

    /** A README without its heading line. */
    private static String body(String readme) {
        int end = readme.indexOf('\n');
        return readme.startsWith("# ") ? (end < 0 ? "" : readme.substring(end + 1)).strip() : readme.strip();
    }
}
