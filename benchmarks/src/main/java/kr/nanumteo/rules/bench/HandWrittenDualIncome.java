package kr.nanumteo.rules.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.nanumteo.rules.decisions.Stamp;
import kr.nanumteo.rules.eligibility.Activity;
import kr.nanumteo.rules.eligibility.DocumentCode;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeRequest.GuardianInput;
import kr.nanumteo.rules.eligibility.DualIncomeResponse;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianOutcome;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianResult;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.MissingRequirement;
import kr.nanumteo.rules.packs.KoreanLabel;
import kr.nanumteo.rules.packs.Parameters;
import kr.nanumteo.rules.packs.Reason;
import kr.nanumteo.rules.packs.RulePack;

/**
 * The dual-income decision of dual-income.drl written by hand in plain Java: the limit the engine is
 * measured against. It gives the same answer as the pack — outcomes, missing documents, and every
 * reason with the pack's own message and citation — and reads every number and list from the pack's
 * parameters, as the rules do. Only the order of reasons may differ (the engine's agenda decides it);
 * {@code PeersAgreeTest} holds it to the pack on generated cases.
 */
public final class HandWrittenDualIncome {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)\\}");
    /** By sha256: a record's own hashCode would walk the whole pack on every call. */
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    private HandWrittenDualIncome() {
    }

    /** A pack's parameters and rule texts, read once. */
    private record Compiled(RulePack pack, BigDecimal minDailyHours, BigDecimal minDailyHoursReduced, Set<String> reducedShifts,
            int minMonthlyDays, int jobSeekingMinMonths, int newBusinessMonths, List<String> employee, List<String> student,
            List<String> trainee, List<String> jobSeeking, List<String> businessRegistration, List<String> businessIncome,
            List<String> newBusinessIncomeReport, List<String> newBusinessSales, List<String> farmerStatus, List<String> farmSales,
            List<String> workConfirmation, Map<String, String[]> messages, Map<String, String> citations) {

        static Compiled of(RulePack pack) {
            Parameters p = pack.parameters();
            Map<String, String[]> messages = new HashMap<>();
            Map<String, String> citations = new HashMap<>();
            for (RulePack.RuleInfo rule : pack.rules()) {
                messages.put(rule.id(), parts(rule.message()));
                citations.put(rule.id(), rule.citation());
            }
            return new Compiled(pack, p.num("dualIncome.work.minDailyHours"), p.num("dualIncome.work.minDailyHoursReducedShift"),
                    Set.copyOf(p.list("dualIncome.work.reducedHoursShifts")), p.integer("dualIncome.work.minMonthlyDays"),
                    p.integer("dualIncome.jobSeeking.minMonths"), p.integer("dualIncome.newBusiness.months"),
                    p.list("dualIncome.proof.employee"), p.list("dualIncome.proof.student"), p.list("dualIncome.proof.trainee"),
                    p.list("dualIncome.proof.jobSeeking"), p.list("dualIncome.proof.businessRegistration"),
                    p.list("dualIncome.proof.businessIncome"), p.list("dualIncome.proof.newBusinessIncomeReport"),
                    p.list("dualIncome.proof.newBusinessSales"), p.list("dualIncome.proof.farmerStatus"),
                    p.list("dualIncome.proof.farmSales"), p.list("dualIncome.proof.workConfirmation"), messages, citations);
        }

        /** Even indexes literal text, odd indexes binding names, as the pack's message templates. */
        private static String[] parts(String message) {
            List<String> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(message);
            int at = 0;
            while (m.find()) {
                parts.add(message.substring(at, m.start()));
                parts.add(m.group(1));
                at = m.end();
            }
            parts.add(message.substring(at));
            return parts.toArray(String[]::new);
        }

        Reason reason(String ruleId, Object... bindings) {
            String[] parts = messages.get(ruleId);
            StringBuilder out = new StringBuilder(64);
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    out.append(parts[i]);
                } else {
                    out.append(format(value(parts[i], bindings)));
                }
            }
            return new Reason(ruleId, out.toString(), citations.get(ruleId));
        }

        private static Object value(String name, Object[] bindings) {
            for (int i = 0; i < bindings.length; i += 2) {
                if (bindings[i].equals(name)) {
                    return bindings[i + 1];
                }
            }
            throw new IllegalArgumentException("no binding " + name);
        }
    }

    /** A proof requirement: met by any one alternative, each needing all its documents. */
    private record Requirement(String label, List<List<String>> anyOf) {
        static Requirement anyOne(String label, List<String> codes) {
            List<List<String>> alts = new ArrayList<>(codes.size());
            codes.forEach(c -> alts.add(List.of(c)));
            return new Requirement(label, alts);
        }

        static Requirement allOf(String label, List<String> codes) {
            return new Requirement(label, List.of(codes));
        }

        boolean metBy(Set<String> docs, Set<String> refused) {
            for (List<String> alt : anyOf) {
                if (docs.containsAll(alt) && alt.stream().noneMatch(refused::contains)) {
                    return true;
                }
            }
            return false;
        }

        List<List<DocumentCode>> missing(Set<String> docs, Set<String> refused) {
            List<List<String>> usable = anyOf.stream().filter(alt -> alt.stream().noneMatch(refused::contains)).toList();
            List<List<String>> from = usable.isEmpty() ? anyOf : usable;
            List<List<DocumentCode>> out = new ArrayList<>();
            for (List<String> alt : from) {
                List<DocumentCode> left = new ArrayList<>();
                for (String c : alt) {
                    if (!docs.contains(c) || refused.contains(c)) {
                        left.add(DocumentCode.valueOf(c));
                    }
                }
                if (!left.isEmpty()) {
                    out.add(List.copyOf(left));
                }
            }
            return List.copyOf(out);
        }
    }

    public static DualIncomeResponse decide(RulePack pack, DualIncomeRequest request, Stamp stamp) {
        Compiled c = COMPILED.computeIfAbsent(pack.sha256(), k -> Compiled.of(pack));
        List<GuardianInput> inputs = request.guardians();
        LocalDate asOf = request.asOf();
        List<GuardianResult> guardians = new ArrayList<>(inputs.size());
        boolean anyFails = false;
        boolean anyPending = false;
        for (int i = 0; i < inputs.size(); i++) {
            GuardianResult g = guardian(c, inputs, i, asOf);
            guardians.add(g);
            anyFails |= g.outcome() == GuardianOutcome.DOES_NOT_QUALIFY;
            anyPending |= g.outcome() == GuardianOutcome.QUALIFIES_PENDING_DOCUMENTS;
        }
        HouseholdOutcome outcome;
        Reason why;
        if (anyFails) {
            outcome = HouseholdOutcome.NOT_ELIGIBLE;
            why = c.reason("DI-62");
        } else if (anyPending) {
            outcome = HouseholdOutcome.NEEDS_DOCUMENTS;
            why = c.reason("DI-63");
        } else {
            outcome = HouseholdOutcome.ELIGIBLE;
            why = c.reason(Boolean.TRUE.equals(request.singleParent()) ? "DI-61" : "DI-60");
        }
        return new DualIncomeResponse(stamp.decisionId(), outcome, pack.ref(), List.copyOf(guardians), List.of(why), stamp.evaluatedAt());
    }

    private static GuardianResult guardian(Compiled c, List<GuardianInput> all, int index, LocalDate asOf) {
        GuardianInput g = all.get(index);
        Activity activity = g.activity();
        boolean registered = !Boolean.FALSE.equals(g.registeredHolder());
        Set<String> docs = new HashSet<>();
        if (g.documents() != null) {
            g.documents().forEach(d -> docs.add(d.name()));
        }
        List<Reason> reasons = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>(2);
        Set<String> refused = new HashSet<>();
        boolean disqualified = false;

        // 1. 일의 요건 (DI-01…07)
        boolean workTest = activity == Activity.EMPLOYED
                || ((activity == Activity.SELF_EMPLOYED || activity == Activity.FARMER) && registered);
        if (workTest) {
            reasons.add(c.reason("DI-01"));
            if (g.shift() != null) {
                BigDecimal required;
                if (!c.reducedShifts().contains(g.shift().name())) {
                    required = c.minDailyHours();
                    reasons.add(c.reason("DI-02", "$min", required));
                } else {
                    required = c.minDailyHoursReduced();
                    reasons.add(c.reason("DI-03", "$shift", g.shift(), "$min", required));
                }
                if (g.dailyHours() != null) {
                    if (g.dailyHours().compareTo(required) >= 0) {
                        reasons.add(c.reason("DI-04", "$hours", g.dailyHours(), "$required", required));
                    } else {
                        reasons.add(c.reason("DI-05", "$hours", g.dailyHours(), "$required", required));
                        disqualified = true;
                    }
                }
            }
            if (g.monthlyDays() != null) {
                if (g.monthlyDays() >= c.minMonthlyDays()) {
                    reasons.add(c.reason("DI-06", "$days", g.monthlyDays(), "$min", c.minMonthlyDays()));
                } else {
                    reasons.add(c.reason("DI-07", "$days", g.monthlyDays(), "$min", c.minMonthlyDays()));
                    disqualified = true;
                }
            }
        }
        // 2. 맞벌이에 준함 (DI-08…10)
        switch (activity) {
            case UNIVERSITY_STUDENT -> {
                reasons.add(c.reason("DI-08"));
                requirements.add(Requirement.anyOne("재학증명서", c.student()));
                reasons.add(c.reason("DI-21"));
            }
            case VOCATIONAL_TRAINEE -> {
                reasons.add(c.reason("DI-09"));
                requirements.add(Requirement.anyOne("직업훈련·구직 증빙 중 1부", c.trainee()));
                reasons.add(c.reason("DI-22"));
                LocalDate on = g.jobSeekingRegisteredOn();
                for (String code : c.jobSeeking()) {
                    if (docs.contains(code) && on != null && on.plusMonths(c.jobSeekingMinMonths()).isAfter(asOf)) {
                        refused.add(code);
                        reasons.add(c.reason("DI-23", "$on", on, "$asOf", asOf, "$months", c.jobSeekingMinMonths()));
                    }
                }
            }
            case NOT_WORKING -> {
                reasons.add(c.reason("DI-10"));
                disqualified = true;
            }
            case CASUAL_WORKER -> {
                // 3. 근로확인서 (DI-11)
                reasons.add(c.reason("DI-11"));
                requirements.add(Requirement.anyOne("근로확인서(서식 17)", c.workConfirmation()));
            }
            case EMPLOYED -> {
                reasons.add(c.reason("DI-20"));
                requirements.add(Requirement.anyOne("재직 증빙 중 1부", c.employee()));
            }
            case SELF_EMPLOYED, FARMER -> {
                if (!registered) {
                    // DI-12 / DI-13: the spouse's registered business or farm
                    boolean spouseRegistered = false;
                    for (int j = 0; j < all.size(); j++) {
                        GuardianInput o = all.get(j);
                        spouseRegistered |= j != index && o.activity() == activity && !Boolean.FALSE.equals(o.registeredHolder());
                    }
                    if (spouseRegistered) {
                        reasons.add(c.reason("DI-12"));
                        requirements.add(Requirement.anyOne("근로확인서(서식 17)", c.workConfirmation()));
                    } else {
                        reasons.add(c.reason("DI-13"));
                        disqualified = true;
                    }
                } else if (activity == Activity.SELF_EMPLOYED) {
                    reasons.add(c.reason("DI-24"));
                    requirements.add(Requirement.allOf("사업자등록증(필수)", c.businessRegistration()));
                    LocalDate on = g.businessRegisteredOn();
                    if (on != null) {
                        if (!on.plusMonths(c.newBusinessMonths()).isAfter(asOf)) {
                            reasons.add(c.reason("DI-25", "$on", on, "$months", c.newBusinessMonths()));
                            requirements.add(Requirement.anyOne("자영업 소득 증빙 중 1부", c.businessIncome()));
                        } else {
                            reasons.add(c.reason("DI-26", "$on", on, "$months", c.newBusinessMonths()));
                            List<List<String>> alts = new ArrayList<>(Requirement.anyOne("", c.newBusinessIncomeReport()).anyOf());
                            alts.add(c.newBusinessSales());
                            requirements.add(new Requirement("신규 자영업 소득·매출 증빙", alts));
                        }
                    }
                } else {
                    reasons.add(c.reason("DI-28"));
                    requirements.add(Requirement.anyOne("농업인 확인 서류 중 1부", c.farmerStatus()));
                    reasons.add(c.reason("DI-29"));
                    requirements.add(Requirement.allOf("농산물 매출증빙자료", c.farmSales()));
                }
            }
            default -> throw new IllegalArgumentException("activity " + activity);
        }
        // DI-27: a sales ledger that does not match its evidence, whoever registered the business
        if (activity == Activity.SELF_EMPLOYED && Boolean.FALSE.equals(g.salesRecordsMatch())) {
            for (String code : c.newBusinessSales()) {
                if (docs.contains(code)) {
                    refused.add(code);
                    reasons.add(c.reason("DI-27"));
                }
            }
        }
        // 5. check the proof (DI-40, DI-41)
        List<MissingRequirement> missing = new ArrayList<>(2);
        for (Requirement r : requirements) {
            if (r.metBy(docs, refused)) {
                reasons.add(c.reason("DI-40", "$label", r.label()));
            } else {
                reasons.add(c.reason("DI-41", "$label", r.label()));
                missing.add(new MissingRequirement(r.missing(docs, refused), r.label()));
            }
        }
        // 6. the guardian (DI-50…52)
        GuardianOutcome outcome;
        if (disqualified) {
            outcome = GuardianOutcome.DOES_NOT_QUALIFY;
            reasons.add(c.reason("DI-50"));
        } else if (!missing.isEmpty()) {
            outcome = GuardianOutcome.QUALIFIES_PENDING_DOCUMENTS;
            reasons.add(c.reason("DI-51"));
        } else {
            outcome = GuardianOutcome.QUALIFIES;
            reasons.add(c.reason("DI-52"));
        }
        return new GuardianResult(index, outcome, outcome == GuardianOutcome.QUALIFIES_PENDING_DOCUMENTS ? List.copyOf(missing) : List.of(),
                List.copyOf(reasons));
    }

    /**
     * As the packs' messages show values: 8, 4.5, 56,712,000; codes by their Korean names; dates in ISO
     * form. Thousands are grouped by hand, as the service's MessageTemplate does (String.format would
     * make this baseline slower than the limit it stands for).
     */
    static String format(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            return plain.scale() <= 0 ? grouped(plain.longValueExact()) : plain.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long) {
            return grouped(((Number) value).longValue());
        }
        if (value instanceof KoreanLabel k) {
            return k.koreanLabel();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        return String.valueOf(value);
    }

    private static String grouped(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int n = digits.length() - sign;
        if (n <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + (n - 1) / 3);
        int first = n % 3 == 0 ? 3 : n % 3;
        out.append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
