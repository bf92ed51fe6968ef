package kr.nanumteo.rules.eligibility;

import kr.nanumteo.rules.FactModel;

/** A guardian's relation to the child. */
@FactModel
public enum Relation { MOTHER, FATHER, GUARDIAN }
