package kr.nanumteo.rules.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.packs.KoreanParticles;
import kr.nanumteo.rules.packs.NoPackInForceException;
import kr.nanumteo.rules.packs.PackSet;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.FieldErrors;
import kr.nanumteo.rules.requests.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs scenarios against packs through the same code the endpoints use (read → validate → decide),
 * without a database: a scenario checks what the rules decide, not the log.
 */
public final class ScenarioRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PackSet packs;

    public ScenarioRunner(PackSet packs) {
        this.packs = packs;
    }

    /**
     * @param packOverride a pack id that replaces the scenario's own choice (to run one year's cases
     *                     under another year's rules), or null
     */
    public ScenarioResult run(Scenario s, String packOverride) {
        DecisionKind<?, ?> kind = DecisionKinds.byName(s.kind())
                .orElseThrow(() -> new IllegalArgumentException("알 수 없는 결정 종류: " + s.kind()));
        return runTyped(kind, s, packOverride);
    }

    private <Q, R extends DecisionResponse> ScenarioResult runTyped(DecisionKind<Q, R> kind, Scenario s, String packOverride) {
        List<String> failures = new ArrayList<>();
        Q request;
        try {
            request = kind.read(s.request());
        } catch (InvalidRequestException e) {
            List<String> fields = e.errors().stream().map(FieldErrors.FieldError::field).toList();
            if (s.rejected() == null) {
                failures.add("요청이 거부되었습니다: " + e.errors());
            } else if (!Set.copyOf(fields).equals(Set.copyOf(s.rejected()))) {
                failures.add("거부된 항목이 다릅니다. 기대: " + s.rejected() + ", 실제: " + fields);
            }
            return new ScenarioResult(s, null, "REJECTED", List.of(), JSON.writeValueAsString(e.errors()), failures);
        }
        if (s.rejected() != null) {
            failures.add("요청이 거부되어야 하는데 받아들여졌습니다 (기대한 거부 항목: " + s.rejected() + ")");
        }
        String packId = packOverride != null ? packOverride : s.pack();
        RulePack pack;
        try {
            pack = packId != null
                    ? packs.byId(packId).orElseThrow(() -> new IllegalArgumentException(KoreanParticles.resolve("규칙 팩 " + packId + "이(가) 없습니다")))
                    : packs.select(kind.asOf(request), kind.requestedPack(request));
        } catch (NoPackInForceException e) {
            failures.add(e.getMessage());
            return new ScenarioResult(s, null, "NO_PACK", List.of(), "", failures);
        }
        R response;
        try {
            response = kind.decide(pack, request, Stamp.now());
        } catch (RuleFailedException e) {
            failures.add("규칙 " + (e.ruleId() == null ? "(" + e.file() + "의 한 규칙)" : e.ruleId()) + "이(가) 오류를 냈습니다: " + e.reason());
            return new ScenarioResult(s, pack.ref(), "RULE_FAILED", List.of(), "", failures);
        }
        JsonNode actual = JSON.valueToTree(response);
        List<String> fired = Reason.ruleIdsIn(actual);
        if (s.rejected() == null) {
            compare("", s.expect(), actual, failures);
        }
        checkFired(s, actual, failures);
        return new ScenarioResult(s, pack.ref(), response.outcome().name(), fired, JSON.writeValueAsString(actual), failures);
    }

    /** The parts of an answer that stand side by side, one per guardian, applicant, group or centre. */
    static final List<String> PEERS = List.of("guardians", "applicants", "groups", "centres");

    /**
     * Each expected rule must have fired for the part of the answer it is listed under, and each unexpected
     * one must not have. When the answer holds two or more guardians (applicants, groups, centres), a rule
     * expected to fire must name the one it is about: anywhere in such an answer, a rule fired for the
     * other guardian would pass for it.
     */
    static void checkFired(Scenario s, JsonNode answer, List<String> failures) {
        List<String> anywhere = s.fired().getOrDefault(Scenario.ANYWHERE, List.of());
        PEERS.stream().filter(p -> answer.path(p).isArray() && answer.path(p).size() > 1).findFirst().ifPresent(peers -> {
            if (!anywhere.isEmpty()) {
                failures.add(KoreanParticles.resolve("답에 " + peers + "이(가) " + answer.path(peers).size() + "개 있어 fired에는 규칙이 발동할 대상을 "
                        + "밝혀야 합니다 (예: fired: {'" + peers + "[1]': [" + anywhere.get(0) + "], reasons: […]}): " + anywhere));
            }
        });
        s.fired().forEach((subject, ids) -> {
            List<String> there = firedIn(answer, subject, failures);
            for (String id : ids) {
                if (there != null && !there.contains(id)) {
                    failures.add(KoreanParticles.resolve("규칙 " + id + "이(가) " + where(subject) + "발동해야 하는데 발동하지 않았습니다"));
                }
            }
        });
        s.notFired().forEach((subject, ids) -> {
            List<String> there = firedIn(answer, subject, failures);
            for (String id : ids) {
                if (there != null && there.contains(id)) {
                    failures.add(KoreanParticles.resolve("규칙 " + id + "이(가) " + where(subject) + "발동하지 않아야 하는데 발동했습니다"));
                }
            }
        });
    }

    private static String where(String subject) {
        return subject.equals(Scenario.ANYWHERE) ? "" : subject + "에 대해 ";
    }

    /**
     * The rule ids named in the part of the answer at {@code subject} ({@code guardians[1]}, {@code groups[0].months[2]},
     * {@code findings.FLOOR_AREA}); {@code reasons} alone is the answer's own reasons, not those of its parts.
     * Null, with a failure, when the answer has no such part.
     */
    private static List<String> firedIn(JsonNode answer, String subject, List<String> failures) {
        JsonNode node = answer;
        if (!subject.equals(Scenario.ANYWHERE)) {
            for (String step : subject.split("\\.")) {
                java.util.regex.Matcher m = STEP.matcher(step);
                if (!m.matches()) {
                    failures.add("답의 부분 '" + subject + "'을(를) 읽을 수 없습니다 (예: guardians[1], findings.FLOOR_AREA, reasons)");
                    return null;
                }
                node = node.path(m.group(1));
                if (m.group(2) != null) {
                    node = node.path(Integer.parseInt(m.group(2)));
                }
            }
            if (node.isMissingNode()) {
                failures.add(KoreanParticles.resolve("답에 '" + subject + "'이(가) 없습니다"));
                return null;
            }
        }
        return Reason.ruleIdsIn(node);
    }

    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

    /** Partial match: every field of {@code expected} must be in {@code actual}; arrays match element by element. */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> failures) {
        if (expected == null || expected.isMissingNode()) {
            return;
        }
        String at = path.isEmpty() ? "(응답)" : path;
        if (expected.isObject()) {
            if (!actual.isObject()) {
                failures.add(at + ": 객체를 기대했으나 " + actual + "입니다");
                return;
            }
            for (String field : expected.propertyNames()) {
                JsonNode a = actual.get(field);
                String p = path.isEmpty() ? field : path + "." + field;
                if (a == null) {
                    failures.add(p + ": 응답에 없습니다 (기대: " + expected.get(field) + ")");
                } else {
                    compare(p, expected.get(field), a, failures);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                failures.add(at + ": 기대 " + expected + ", 실제 " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), failures);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                failures.add(at + ": 기대 " + expected + ", 실제 " + actual);
            }
        } else {
            boolean same = expected.isNull()
                    ? actual.isNull()
                    : !actual.isContainer() && !actual.isNull() && expected.asString().equals(actual.asString());
            if (!same) {
                failures.add(at + ": 기대 " + expected + ", 실제 " + actual);
            }
        }
    }
}
