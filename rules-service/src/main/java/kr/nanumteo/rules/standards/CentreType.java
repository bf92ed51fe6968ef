package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;

/**
 * Which kind of 공동육아나눔터 is inspected: the ordinary centre, or a 맞벌이가구 자녀돌봄시설 (an after-school
 * centre for dual-income families), for which 4-다 adds care hours and carers and 4-라 3) sets no pumasi minimum.
 */
@FactModel
public enum CentreType {
    /** 공동육아나눔터 (일반) */
    GENERAL,
    /** 맞벌이가구 자녀돌봄시설 */
    DUAL_INCOME_CARE
}
