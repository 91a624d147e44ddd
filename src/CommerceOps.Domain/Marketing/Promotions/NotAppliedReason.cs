namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>Why a promotion did not change the price; each priced cart lists one per promotion not applied.</summary>
public enum NotAppliedReason
{
    OutOfPeriod,
    ChannelNotEligible,
    MembershipTierNotEligible,
    SegmentNotEligible,
    NewCustomersOnly,
    CouponNotPresented,
    NoLineInScope,
    /// <summary>Lines would have been in scope, but every one of them is excluded (by SKU, category or brand).</summary>
    ExcludedSku,
    /// <summary>The amount in scope is below the threshold; <see cref="SkippedPromotion.Shortfall"/> says by how much.</summary>
    ThresholdNotReached,
    /// <summary>Not enough units (buy N get M) or an incomplete bundle; <see cref="SkippedPromotion.Shortfall"/> counts the missing units.</summary>
    QuantityNotReached,
    /// <summary>An exclusive promotion of the same group gave the customer more.</summary>
    LostToExclusive,
    /// <summary>An exclusive promotion lost to the stackable promotions of its group, which together gave more.</summary>
    LostToStackable,
    BudgetExhausted,
    PerUserLimitReached,
    /// <summary>Earlier promotions already brought the amount in scope (or the shipping fee) to zero.</summary>
    NothingLeftToDiscount,
}
