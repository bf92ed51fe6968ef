package kr.nanumteo.rules.budget;

import java.math.BigDecimal;

/** The national share (국비) of a standard budget at the region's rate, and the local share (지방비) that is the rest. Whole won. */
public record FundingShares(BigDecimal nationalPercent, long national, long local) {}
