package kr.nanumteo.rules.eligibility;

/** When the guardian works: afternoon or evening work has a shorter daily minimum (4-나 ※1 "오후나 저녁 근로인 경우"). */
public enum Shift { DAY, AFTERNOON, EVENING }
