using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// The platform's return policy: a no-reason return window counted from delivery (7 days by law for online sales) and
/// the categories excluded from no-reason returns (perishables). Quality problems are handled by agents in any case.
/// </summary>
public sealed record ReturnPolicy(int NoReasonDays, IReadOnlyList<string> ExcludedCategoryPrefixes)
{
    public static readonly ReturnPolicy Default = new(7, ["fresh"]);

    public bool IsExcluded(string categoryCode) =>
        ExcludedCategoryPrefixes.Any(p => categoryCode == p || categoryCode.StartsWith(p + ".", StringComparison.Ordinal));

    public ReturnEligibility Evaluate(OrderStatus status, DateTimeOffset? deliveredAt, IReadOnlyList<string> lineCategories, DateTimeOffset now)
    {
        switch (status)
        {
            case OrderStatus.Cancelled: return new(ReturnDecision.Cancelled, null, []);
            case OrderStatus.RefundRequested: return new(ReturnDecision.AlreadyRequested, null, []);
            case OrderStatus.Refunded: return new(ReturnDecision.AlreadyRefunded, null, []);
            case OrderStatus.Placed or OrderStatus.Paid or OrderStatus.CodConfirmed: return new(ReturnDecision.NotShipped, null, []);
            case OrderStatus.Shipped: return new(ReturnDecision.NotDelivered, null, []);
        }
        if (deliveredAt is not { } delivered) return new(ReturnDecision.Unknown, null, []);
        var until = delivered.AddDays(NoReasonDays);
        var excluded = lineCategories.Where(IsExcluded).Distinct().ToList();
        if (now > until) return new(ReturnDecision.WindowClosed, until, excluded);
        if (excluded.Count == lineCategories.Count) return new(ReturnDecision.Excluded, until, excluded);
        return new(ReturnDecision.Eligible, until, excluded);
    }
}

public enum ReturnDecision
{
    Eligible,
    /// <summary>Every line is in an excluded category.</summary>
    Excluded,
    WindowClosed,
    NotShipped,
    NotDelivered,
    Cancelled,
    AlreadyRequested,
    AlreadyRefunded,
    /// <summary>Delivered by status, but the delivery time is not recorded (imported history).</summary>
    Unknown,
}

/// <summary>The outcome for one order: <see cref="Until"/> is the end of the no-reason window; excluded categories are named.</summary>
public sealed record ReturnEligibility(ReturnDecision Decision, DateTimeOffset? Until, IReadOnlyList<string> ExcludedCategories);
