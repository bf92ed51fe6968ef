package kr.nanumteo.rules.centre;

import kr.nanumteo.rules.FactModel;

/**
 * The kinds of centre the guideline treats differently. Shared by the funding decisions (pumasi
 * subsidy, centre and pooled budgets): which rules a kind is exempt from is the pack's to say
 * (e.g. {@code pumasi.groups.exemptCentreTypes}), not this enum's.
 */
@FactModel
public enum CentreType {
    /** 일반 공동육아나눔터 */
    GENERAL("일반 공동육아나눔터"),
    /** 맞벌이가구 자녀돌봄시설 (4-나, 4-라 3) "최소 품앗이 수를 규정하지 않음") */
    DUAL_INCOME("맞벌이가구 자녀돌봄시설"),
    /** 초등특화시설 (사업 예산 1) 예산 지원 ※시설 특성 "특화시설(초등특화시설 등)") */
    ELEMENTARY("초등특화시설");

    private final String koreanName;

    CentreType(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }
}
