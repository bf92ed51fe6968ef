package kr.nanumteo.rules.eligibility;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.packs.KoreanLabel;

/** Proof documents the intake desk receives (API.md), with the guideline's Korean names. */
@FactModel
public enum DocumentCode implements KoreanLabel {
    EMPLOYMENT_CERTIFICATE("재직증명서"),
    COMMISSION_CONTRACT("위촉계약서"),
    LABOR_CONTRACT("근로계약서"),
    EMPLOYMENT_INSURANCE_RECORD("고용보험피보험자격내역서"),
    HEALTH_INSURANCE_RECORD("직장건강보험 자격득실확인서"),
    NATIONAL_PENSION_CERTIFICATE("국민연금가입자가입증명서"),
    EARNED_INCOME_TAX_CERTIFICATE("갑종근로소득에 대한 소득세납세증명서"),
    WITHHOLDING_TAX_RECEIPT("근로소득원천징수영수증"),
    INCOME_AMOUNT_CERTIFICATE("소득금액증명원"),
    ENROLLMENT_CERTIFICATE("재학증명서"),
    TRAINING_CERTIFICATE("직업교육훈련 참여확인서·수료증"),
    JOB_SEEKING_REGISTRATION("구직등록필증"),
    BUSINESS_REGISTRATION("사업자등록증"),
    VAT_TAX_BASE_CERTIFICATE("부가가치세과세표준증명원"),
    INCOME_REPORT_RECEIPT("소득신고 증빙서류"),
    SALES_LEDGER("매출 장부"),
    SALES_EVIDENCE("매출증빙자료"),
    FARMER_CERTIFICATE("농업인 확인서"),
    FARM_BUSINESS_REGISTRATION("농업경영체 등록 증명서"),
    WORK_CONFIRMATION("근로확인서(서식 17)");

    private final String koreanLabel;

    DocumentCode(String koreanLabel) {
        this.koreanLabel = koreanLabel;
    }

    @Override
    public String koreanLabel() {
        return koreanLabel;
    }
}
