package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;

/** How a centre stands against one standard of the year's guideline. */
@FactModel
public enum FindingStatus {
    /** 충족 */
    MET,
    /** 미달 */
    NOT_MET,
    /** 해당 없음 (e.g. the area rule for a centre that applied before 2019, pumasi groups for a dual-income centre) */
    NOT_APPLICABLE,
    /** 권장 사항: the guideline recommends (권장) something the centre does not yet do; not a shortfall */
    RECOMMENDATION,
    /** 판정하지 않음: the inspection does not give the finding this standard rests on (not a shortfall either) */
    NOT_JUDGED
}
