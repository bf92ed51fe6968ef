package kr.nanumteo.rules.centre;

import kr.nanumteo.rules.FactModel;

/**
 * The 17 시·도. Codes rather than free text so that "서울", "서울시" and "서울특별시" cannot decide a
 * national share differently; which of them count as 서울 for the share is the pack's parameter
 * ({@code budget.nationalShare.seoulRegions}).
 */
@FactModel
public enum Sido {
    SEOUL("서울특별시"),
    BUSAN("부산광역시"),
    DAEGU("대구광역시"),
    INCHEON("인천광역시"),
    GWANGJU("광주광역시"),
    DAEJEON("대전광역시"),
    ULSAN("울산광역시"),
    SEJONG("세종특별자치시"),
    GYEONGGI("경기도"),
    GANGWON("강원특별자치도"),
    CHUNGBUK("충청북도"),
    CHUNGNAM("충청남도"),
    JEONBUK("전북특별자치도"),
    JEONNAM("전라남도"),
    GYEONGBUK("경상북도"),
    GYEONGNAM("경상남도"),
    JEJU("제주특별자치도");

    private final String koreanName;

    Sido(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }
}
