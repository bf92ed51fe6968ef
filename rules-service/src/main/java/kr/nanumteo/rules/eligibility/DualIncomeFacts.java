package kr.nanumteo.rules.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.GuardianOutcome;
import kr.nanumteo.rules.eligibility.DualIncomeResponse.HouseholdOutcome;

/**
 * The facts the dual-income rules reason over. Plain records, shared by every pack and stable across
 * years: fields are added, never repurposed. The input facts come from the request; the rest are
 * derived by the rules ("classify first, decide second").
 */
@FactModel
public final class DualIncomeFacts {

    private DualIncomeFacts() {
    }

    // ── input ──────────────────────────────────────────────────────────

    /** The household as applied: the day the centre will be used, and whether it is a single-parent household. */
    public record Household(LocalDate asOf, boolean singleParent, int guardianCount) {}

    /** One guardian; {@code documents} holds document codes as strings so they compare with pack parameters. */
    public record Guardian(
            int index,
            Relation relation,
            Activity activity,
            BigDecimal dailyHours,
            Integer monthlyDays,
            Shift shift,
            BigDecimal weeklyHours,
            boolean registeredHolder,
            LocalDate businessRegisteredOn,
            LocalDate jobSeekingRegisteredOn,
            Boolean salesRecordsMatch,
            Set<String> documents) {}

    // ── derived ────────────────────────────────────────────────────────

    /** This guardian is held to the work test (일의 요건): hours a day and days a month. */
    public record WorkTest(int guardian) {}

    /** The daily hours this guardian's work must reach, given the shift. */
    public record RequiredHours(int guardian, BigDecimal hours) {}

    /** This guardian does not meet the requirement of working (or of an equivalent status). */
    public record Disqualified(int guardian) {}

    /** A document given but not accepted as proof (too recent, or not matching its evidence). */
    public record RefusedDocument(int guardian, String code) {}

    /** Proof this guardian owes: met by any one alternative, each alternative needing all its documents. */
    public record Requirement(int guardian, String label, List<List<String>> anyOf) {

        /** Any one of the codes on its own meets the requirement ("중 1부"). */
        public static Requirement anyOne(int guardian, String label, List<String> codes) {
            return new Requirement(guardian, label, codes.stream().map(List::of).toList());
        }

        /** All of the codes together meet it. */
        public static Requirement allOf(int guardian, String label, List<String> codes) {
            return new Requirement(guardian, label, List.of(List.copyOf(codes)));
        }

        /** This requirement, with one more alternative that needs all of {@code codes}. */
        public Requirement orAllOf(List<String> codes) {
            List<List<String>> more = new ArrayList<>(anyOf);
            more.add(List.copyOf(codes));
            return new Requirement(guardian, label, List.copyOf(more));
        }

        public boolean isMetBy(Set<String> documents, Set<?> refused) {
            return anyOf.stream().anyMatch(alt -> documents.containsAll(alt) && alt.stream().noneMatch(refused::contains));
        }

        /**
         * What would still complete it: each alternative less the documents already given. Alternatives
         * that rest on a refused document are left out (the rule that refused it says why), unless
         * nothing else is left.
         */
        public List<List<String>> missing(Set<String> documents, Set<?> refused) {
            List<List<String>> usable = anyOf.stream().filter(alt -> alt.stream().noneMatch(refused::contains)).toList();
            List<List<String>> from = usable.isEmpty() ? anyOf : usable;
            return from.stream().map(alt -> alt.stream().filter(c -> !documents.contains(c) || refused.contains(c)).toList())
                    .filter(alt -> !alt.isEmpty()).toList();
        }
    }

    /** A requirement the accepted documents do not meet yet. */
    public record ProofIncomplete(int guardian, String label, List<List<String>> missing) {}

    /** The guardian's outcome. */
    public record GuardianVerdict(int guardian, GuardianOutcome outcome) {}

    /** The household's outcome. */
    public record HouseholdVerdict(HouseholdOutcome outcome) {}
}
