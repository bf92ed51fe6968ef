package kr.nanumteo.rules.centre;

import kr.nanumteo.rules.FactModel;

/** Where a centre or a pool is: its 시·도 and 시·군·구 (e.g. SEOUL, "도봉구"). */
@FactModel
public record Region(Sido sido, String sigungu) {}
