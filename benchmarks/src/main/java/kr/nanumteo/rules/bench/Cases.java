package kr.nanumteo.rules.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kr.nanumteo.rules.eligibility.Activity;
import kr.nanumteo.rules.eligibility.DocumentCode;
import kr.nanumteo.rules.eligibility.DualIncomeEligibility;
import kr.nanumteo.rules.eligibility.DualIncomeRequest;
import kr.nanumteo.rules.eligibility.DualIncomeRequest.GuardianInput;
import kr.nanumteo.rules.eligibility.Relation;
import kr.nanumteo.rules.eligibility.Shift;
import kr.nanumteo.rules.requests.FieldErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Valid dual-income requests, made from a seed so every run and every peer sees the same cases: every
 * activity and shift, hours and days on both sides of each threshold, dates on both sides of the
 * three-month and twelve-month marks, in 2023 and 2024 (so both packs decide), with documents that
 * complete, miss or are refused. Cases the service would refuse (400) are dropped.
 */
public final class Cases {

    private static final BigDecimal[] HOURS = { new BigDecimal("3"), new BigDecimal("3.5"), new BigDecimal("4"), new BigDecimal("5"),
            new BigDecimal("7.5"), new BigDecimal("8"), new BigDecimal("8.0"), new BigDecimal("9"), new BigDecimal("10") };
    private static final int[] DAYS = { 12, 19, 20, 21, 22, 26 };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Cases() {
    }

    /** {@code n} valid requests from {@code seed}. */
    public static List<DualIncomeRequest> dualIncome(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DualIncomeRequest> out = new ArrayList<>(n);
        int made = 0;
        while (out.size() < n) {
            DualIncomeRequest r = one(random, made++);
            FieldErrors errors = new FieldErrors();
            DualIncomeEligibility.KIND.validate(r, errors);
            if (errors.isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The same requests as JSON lines, as comparisons and replays read them. */
    public static List<String> jsonLines(List<DualIncomeRequest> requests) {
        return requests.stream().map(JSON::writeValueAsString).toList();
    }

    private static DualIncomeRequest one(SplittableRandom random, int n) {
        LocalDate asOf = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
        boolean single = random.nextInt(5) == 0;
        List<GuardianInput> guardians = new ArrayList<>();
        guardians.add(guardian(random, asOf, Relation.MOTHER));
        if (!single) {
            guardians.add(guardian(random, asOf, Relation.FATHER));
        }
        return new DualIncomeRequest("bench-" + n, asOf, null, single, guardians);
    }

    private static GuardianInput guardian(SplittableRandom random, LocalDate asOf, Relation relation) {
        Activity activity = pick(random, Activity.values());
        boolean workPattern = activity == Activity.EMPLOYED || activity == Activity.SELF_EMPLOYED || activity == Activity.FARMER;
        BigDecimal hours = workPattern || random.nextInt(4) == 0 ? pick(random, HOURS) : null;
        Integer days = workPattern || random.nextInt(4) == 0 ? DAYS[random.nextInt(DAYS.length)] : null;
        Shift shift = workPattern || random.nextInt(4) == 0 ? pick(random, Shift.values()) : null;
        Boolean registered = activity == Activity.SELF_EMPLOYED || activity == Activity.FARMER ? Boolean.valueOf(random.nextInt(10) < 7)
                : random.nextBoolean() ? null : Boolean.TRUE;
        List<DocumentCode> docs = documents(random, activity);
        LocalDate businessOn = activity == Activity.SELF_EMPLOYED ? aroundMonthsBefore(random, asOf, 12) : null;
        LocalDate jobSeekingOn = docs.contains(DocumentCode.JOB_SEEKING_REGISTRATION) ? aroundMonthsBefore(random, asOf, 3) : null;
        Boolean salesMatch = docs.contains(DocumentCode.SALES_LEDGER) && docs.contains(DocumentCode.SALES_EVIDENCE)
                ? Boolean.valueOf(random.nextInt(3) > 0) : random.nextInt(5) == 0 ? Boolean.FALSE : null;
        BigDecimal weekly = activity == Activity.CASUAL_WORKER && random.nextBoolean() ? new BigDecimal(random.nextInt(5, 30)) : null;
        return new GuardianInput(relation, activity, hours, days, shift, weekly, registered, businessOn, jobSeekingOn, salesMatch, docs);
    }

    /** A day a few days either side of {@code months} before {@code asOf}, or well before or after it. */
    private static LocalDate aroundMonthsBefore(SplittableRandom random, LocalDate asOf, int months) {
        return switch (random.nextInt(4)) {
            case 0 -> asOf.minusMonths(months);
            case 1 -> asOf.minusMonths(months).plusDays(random.nextInt(-3, 4));
            case 2 -> asOf.minusMonths(months * 2L);
            default -> asOf.minusMonths(months).plusMonths(random.nextInt(1, months + 1));
        };
    }

    /** Mostly the documents the activity needs, some of them left out, sometimes others. */
    private static List<DocumentCode> documents(SplittableRandom random, Activity activity) {
        List<DocumentCode> likely = switch (activity) {
            case EMPLOYED -> List.of(DocumentCode.EMPLOYMENT_CERTIFICATE, DocumentCode.LABOR_CONTRACT, DocumentCode.HEALTH_INSURANCE_RECORD);
            case SELF_EMPLOYED -> List.of(DocumentCode.BUSINESS_REGISTRATION, DocumentCode.INCOME_AMOUNT_CERTIFICATE,
                    DocumentCode.VAT_TAX_BASE_CERTIFICATE, DocumentCode.INCOME_REPORT_RECEIPT, DocumentCode.SALES_LEDGER,
                    DocumentCode.SALES_EVIDENCE, DocumentCode.WORK_CONFIRMATION);
            case FARMER -> List.of(DocumentCode.FARMER_CERTIFICATE, DocumentCode.FARM_BUSINESS_REGISTRATION, DocumentCode.SALES_EVIDENCE,
                    DocumentCode.WORK_CONFIRMATION);
            case CASUAL_WORKER -> List.of(DocumentCode.WORK_CONFIRMATION);
            case UNIVERSITY_STUDENT -> List.of(DocumentCode.ENROLLMENT_CERTIFICATE);
            case VOCATIONAL_TRAINEE -> List.of(DocumentCode.TRAINING_CERTIFICATE, DocumentCode.JOB_SEEKING_REGISTRATION);
            case NOT_WORKING -> List.of();
        };
        List<DocumentCode> docs = new ArrayList<>();
        for (DocumentCode d : likely) {
            if (random.nextInt(3) > 0) {
                docs.add(d);
            }
        }
        if (random.nextInt(6) == 0) {
            DocumentCode other = pick(random, DocumentCode.values());
            if (!docs.contains(other)) {
                docs.add(other);
            }
        }
        return docs;
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
