package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;

/**
 * The standards a centre is inspected against (사업안내 3-다·라·마, 4-가·다·라·마), each with its Korean name
 * for the response. A pack reports the standards its year has: the 2023 pack has no room, toilet,
 * emergency-facility or ancillary-space standard (they came with 2024 3-마 and 3-라), no 설비기준 and no
 * 비치물품 table (2024 3-마 "(표 추가)"). Constants are added, never renamed or repurposed, so that a
 * recorded decision keeps its meaning.
 */
@FactModel
public enum Standard {
    DEDICATED_STAFF("전담인력 배치"),
    ASSISTANT_STAFF("보조인력(추가 인력) 배치"),
    FLOOR_AREA("공간 규모"),
    ANCILLARY_SPACE("부속 공간"),
    ACTIVITY_SPACES("활동공간(놀이공간·프로그램실)"),
    OFFICE("사무공간"),
    TOILETS("화장실"),
    EMERGENCY_FACILITIES("비상재해대비시설"),
    DELEGATION("위탁 운영"),
    OPENING_DAYS("개방 일수"),
    OPENING_HOURS("운영 시간"),
    PROGRAMMES("프로그램 운영 횟수"),
    OPERATING_COMMITTEE("운영위원회 개최"),
    PUMASI_GROUPS("품앗이 구성 수"),
    PUMASI_GROUPS_RECOMMENDED("품앗이 권장 수"),
    CCTV_CAMERAS("CCTV 설치"),
    CCTV_RESOLUTION("CCTV 화소"),
    CCTV_STORAGE("CCTV 저장기간"),
    DUAL_INCOME_CARE_HOURS("맞벌이가구 자녀돌봄 평일 돌봄 시간"),
    DUAL_INCOME_CARERS("맞벌이가구 자녀돌봄 돌봄인력"),
    WHEELCHAIR_ACCESS("장애인 출입(경사로)"),
    OUTDOOR_SPACE("인접한 야외활동 공간"),
    USE_PERIOD("공간 사용 기간"),
    STAFF_DISQUALIFICATION("종사자 결격사유 확인"),
    CCTV_MANAGEMENT_PLAN("CCTV 내부 관리계획"),
    CCTV_VIEWING_LOG("CCTV 열람 관리대장"),
    ACCIDENT_INSURANCE("어린이시설상해보험·영업배상책임보험"),
    FIRE_INSURANCE("건물화재보험"),
    FIRE_EXTINGUISHERS("소화기"),
    EVACUATION_MAP("피난안내도"),
    WEEKLY_SAFETY_CHECK("주간 안전관리 점검표"),
    LOCAL_SAFETY_INSPECTION("지자체 반기별 안전점검"),
    HEATING_VENTILATION_DAYLIGHT("설비기준: 난방·환기·채광"),
    FIRE_RETARDANT_FINISHES("설비기준: 방염"),
    WATER_SUPPLY("설비기준: 급수·배수"),
    FIRE_SAFETY("설비기준: 소방"),
    STORAGE("설비기준: 수납"),
    SAFETY_FITTINGS("설비기준: 기타 안전설비"),
    FURNISHINGS("비치물품");

    private final String title;

    Standard(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
