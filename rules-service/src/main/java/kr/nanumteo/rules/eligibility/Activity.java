package kr.nanumteo.rules.eligibility;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.packs.KoreanLabel;

/** What a guardian does, as the guideline's proof rules distinguish it (4-나 ※맞벌이가구 증빙서류 2·3). */
@FactModel
public enum Activity implements KoreanLabel {
    /** 근로자(재직) */
    EMPLOYED("근로자"),
    /** 자영업 */
    SELF_EMPLOYED("자영업자"),
    /** 농업 종사자 */
    FARMER("농업인"),
    /** 일용직·단기간·파트타임·아르바이트: 근로확인서(서식 17)로 증빙 */
    CASUAL_WORKER("일용직·단기간 근로자"),
    /** 대학(원)생: 취업 준비 중으로 맞벌이에 준함 */
    UNIVERSITY_STUDENT("대학(원)생"),
    /** 직업훈련생·구직자: 취업 준비 중으로 맞벌이에 준함 */
    VOCATIONAL_TRAINEE("직업훈련생"),
    /** 일하지 않음 */
    NOT_WORKING("일하지 않음");

    private final String koreanLabel;

    Activity(String koreanLabel) {
        this.koreanLabel = koreanLabel;
    }

    @Override
    public String koreanLabel() {
        return koreanLabel;
    }
}
