namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A promotion prepared once for fast pricing: eligibility lists turned into hash sets; its scope lives in the
/// set's <see cref="ScopeIndex"/>, at bit <see cref="Index"/>.
/// </summary>
internal sealed class CompiledPromotion
{
    private readonly HashSet<string>? _channels, _tiers, _segments;

    public CompiledPromotion(PromotionDefinition definition, int index)
    {
        Definition = definition;
        Index = index;
        var eligibility = definition.Rules.Eligibility ?? PromotionEligibility.Everyone;
        _channels = SetOf(eligibility.Channels);
        _tiers = SetOf(eligibility.MembershipTiers);
        _segments = SetOf(eligibility.Segments);
    }

    public PromotionDefinition Definition { get; }
    /// <summary>The promotion's position in its set (its bit in the scope index).</summary>
    public int Index { get; }
    public PromotionRules Rules => Definition.Rules;
    public PromotionBenefit Benefit => Definition.Rules.Benefit;
    public bool IsExclusive => Definition.Rules.Stacking == Stacking.Exclusive;

    /// <summary>The reason the promotion cannot apply to this buyer at all, before looking at lines.</summary>
    public SkippedPromotion? CheckBuyer(PricingRequest request, PromotionUsage usage)
    {
        var rules = Definition.Rules;
        if (rules.Period is { } period && !period.Contains(request.At))
            return Skip(NotAppliedReason.OutOfPeriod, request.At < period.StartsAt ? $"Starts at {period.StartsAt:O}." : $"Ended at {period.EndsAt:O}.");
        if (_channels is not null && !_channels.Contains(request.Channel))
            return Skip(NotAppliedReason.ChannelNotEligible, $"Not offered in channel '{request.Channel}'.");
        if (_tiers is not null && !_tiers.Contains(request.Customer.MembershipTier))
            return Skip(NotAppliedReason.MembershipTierNotEligible, $"Only for membership tiers {string.Join(", ", _tiers)}.");
        if (_segments is not null && !_segments.Overlaps(request.Customer.Segments))
            return Skip(NotAppliedReason.SegmentNotEligible, $"Only for segments {string.Join(", ", _segments)}.");
        if (rules.Eligibility?.NewCustomersOnly == true && !request.Customer.IsNewCustomer)
            return Skip(NotAppliedReason.NewCustomersOnly, "Only for a customer's first order.");
        if (Benefit.RequiredCouponCode is { } code && request.CouponCodes?.Contains(code) != true)
            return Skip(NotAppliedReason.CouponNotPresented, $"Coupon {code} was not presented.");
        if (rules.Limits is { } limits)
        {
            var uses = usage.UsesOf(Definition.Id);
            if (request.Customer.Id is not null && uses >= limits.PerUserLimit)
                return Skip(NotAppliedReason.PerUserLimitReached, $"Already used {uses} time(s); the limit is {limits.PerUserLimit} per customer.");
            if (usage.SpentOf(Definition.Id) >= limits.Budget)
                return Skip(NotAppliedReason.BudgetExhausted, "The promotion's budget is used up.");
        }
        return null;
    }

    /// <summary>The remaining budget, or null when the promotion has no limits (drafts in a simulation).</summary>
    public decimal? BudgetLeft(PromotionUsage usage) =>
        Definition.Rules.Limits is { } limits ? limits.Budget - usage.SpentOf(Definition.Id) : null;

    public SkippedPromotion Skip(NotAppliedReason reason, string message, decimal? shortfall = null, string? lostTo = null) =>
        new(Definition.Id, Definition.Code, Definition.Name, Benefit.Group, reason, message, shortfall, lostTo);

    private static HashSet<string>? SetOf(IReadOnlyList<string>? values) =>
        values is { Count: > 0 } ? new HashSet<string>(values, StringComparer.Ordinal) : null;
}
