package kr.nanumteo.rules.standards;

import kr.nanumteo.rules.FactModel;
import kr.nanumteo.rules.packs.KoreanLabel;

/**
 * The 21 rows of the 2024 guideline's 【표】 공동육아나눔터 비치물품 (3-마 공간 조성), in the table's order. Which
 * of them a centre must have is the pack's ({@code standards.furnishings.*}): rows 20 and 21 are 선택, and
 * for a 맞벌이가구 자녀돌봄시설 rows 8 and 18 too. Constants are added, never renamed.
 */
@FactModel
public enum FurnishingItem implements KoreanLabel {
    FIRE_EXTINGUISHER(1, "소화기"),
    DOOR_GAP_GUARD(2, "문틈안전대"),
    MAT(3, "매트"),
    STERILISER(4, "소독기"),
    VACUUM_CLEANER(5, "청소기"),
    HEATER_AND_COOLER(6, "냉·난방기"),
    TELEPHONE(7, "전화기"),
    DIAPER_TABLE(8, "기저귀 갈이대"),
    TOYS_AND_STORAGE(9, "장난감 및 수납공간"),
    BOOKS_AND_SHELVES(10, "도서 및 책장"),
    NOTICE_BOARD(11, "게시판"),
    MEDICINES(12, "의약품"),
    WATER_DISPENSER(13, "음용수대(정수기)"),
    THERMO_HYGROMETER(14, "온습도계"),
    LOW_TABLE(15, "낮은 책상"),
    CCTV(16, "CCTV"),
    EVACUATION_MAP(17, "재난대피 안내도"),
    NURSING_FACILITY(18, "수유 시설"),
    AIR_PURIFIER(19, "공기청정기"),
    REST_AREA(20, "휴게 시설"),
    WASHBASIN(21, "세면대");

    private final int row;
    private final String koreanName;

    FurnishingItem(int row, String koreanName) {
        this.row = row;
        this.koreanName = koreanName;
    }

    /** The row number (연번) in the table. */
    public int row() {
        return row;
    }

    @Override
    public String koreanLabel() {
        return koreanName;
    }
}
