package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;

/** Where the centre's toilets are (2024 3-마 ※화장실은 … 내부에 전용 화장실 …, 불가피하게 외부에 설치하는 경우 …). */
@FactModel
public enum ToiletLocation {
    /** 나눔터 내부의 전용 화장실 */
    INSIDE,
    /** 나눔터 밖(건물 공용 화장실 등) */
    OUTSIDE,
    /** 이용할 수 있는 화장실이 없음 */
    NONE
}
