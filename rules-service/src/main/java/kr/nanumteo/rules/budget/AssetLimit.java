package kr.nanumteo.rules.budget;

/** The asset purchases a plan books and the most it may book (자산취득비 한도). Whole won. */
public record AssetLimit(long planned, long limit) {}
