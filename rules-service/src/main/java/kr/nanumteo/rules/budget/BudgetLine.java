package kr.nanumteo.rules.budget;

import java.util.List;
import java.util.stream.Collectors;

import kr.nanumteo.rules.FactModel;

/**
 * The lines of a centre's budget (사업 예산 2) 예산 내역): where leftover assistant-staff pay may be
 * moved to is the pack's ({@code budget.assistantLeftover.allowedTargets}). Asset purchases
 * (자산취득비) are part of 운영비 in the guideline's table; a plan lists them item by item.
 */
@FactModel
public enum BudgetLine {
    DEDICATED_STAFF("전담인력 인건비"),
    ASSISTANT_STAFF("보조인력 인건비"),
    PROJECT("사업비"),
    OPERATING("운영비");

    private final String koreanName;

    BudgetLine(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }

    /** Codes from a pack parameter as staff read them: {@code [PROJECT, OPERATING]} → "사업비 또는 운영비". */
    public static String koreanNames(List<String> codes) {
        return codes.stream().map(c -> valueOf(c).koreanName()).collect(Collectors.joining(" 또는 "));
    }
}
