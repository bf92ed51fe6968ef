package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;

/**
 * The standards a centre is inspected against (사업안내 3-다·라·마, 4-가·다·라·마), each with its Korean name
 * for the response. A pack reports the standards its year has: the 2023 pack has no room, toilet,
 * emergency-facility or ancillary-space standard (they came with 2024 3-마 and 3-라). Constants are
 * added, never renamed or repurposed, so that a recorded decision keeps its meaning.
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
    DUAL_INCOME_CARERS("맞벌이가구 자녀돌봄 돌봄인력");

    private final String title;

    Standard(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
