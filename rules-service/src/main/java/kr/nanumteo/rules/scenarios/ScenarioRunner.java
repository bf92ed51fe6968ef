package kr.nanumteo.rules.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.decisions.DecisionResponse;
import kr.nanumteo.rules.decisions.Stamp;
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
                    ? packs.byId(packId).orElseThrow(() -> new IllegalArgumentException("규칙 팩 " + packId + "이(가) 없습니다"))
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
        for (String id : s.fired()) {
            if (!fired.contains(id)) {
                failures.add("규칙 " + id + "이(가) 발동해야 하는데 발동하지 않았습니다");
            }
        }
        for (String id : s.notFired()) {
            if (fired.contains(id)) {
                failures.add("규칙 " + id + "이(가) 발동하지 않아야 하는데 발동했습니다");
            }
        }
        return new ScenarioResult(s, pack.ref(), response.outcome().name(), fired, JSON.writeValueAsString(actual), failures);
    }

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
