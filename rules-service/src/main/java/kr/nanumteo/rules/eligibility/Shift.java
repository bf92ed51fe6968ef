package kr.nanumteo.rules.eligibility;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.packs.KoreanLabel;

/** When the guardian works: afternoon or evening work has a shorter daily minimum (4-나 ※1 "오후나 저녁 근로인 경우"). */
@FactModel
public enum Shift implements KoreanLabel {
    DAY("주간"), AFTERNOON("오후"), EVENING("저녁");

    private final String koreanLabel;

    Shift(String koreanLabel) {
        this.koreanLabel = koreanLabel;
    }

    @Override
    public String koreanLabel() {
        return koreanLabel;
    }
}
