package kr.nanumteo.rules.subsidy;

import kr.nanumteo.rules.FactModel;

/**
 * What a pumasi group spent its activity money on (4-라 4) ○활동비 사용 안내). Which categories are
 * refused or discouraged is the pack's ({@code pumasi.expense.excludedCategories},
 * {@code pumasi.expense.discouragedCategories}), not this enum's.
 */
@FactModel
public enum ExpenseCategory {
    /** 재료비 */
    MATERIALS("재료비"),
    /** 체험비 */
    EXPERIENCE_FEE("체험비"),
    /** 단순 간식비·다과 ("지양") */
    SNACKS("간식·다과비"),
    /** 내구성 물품: 사무용 집기·비품·차량운반구 등 1년 이상 계속 사용할 수 있는 물품 ("지원 제외") */
    DURABLE_GOODS("내구성 물품"),
    /** 그 밖의 활동 소요 비용 ("재료비·체험비 등"의 "등") */
    OTHER_ACTIVITY_COST("기타 활동 소요 비용");

    private final String koreanName;

    ExpenseCategory(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }
}
