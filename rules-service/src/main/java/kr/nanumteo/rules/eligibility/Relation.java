package kr.nanumteo.rules.eligibility;

/** A guardian's relation to the child. */
public enum Relation { MOTHER, FATHER, GUARDIAN }
