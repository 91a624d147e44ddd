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

    /// <summary>
    /// The same decision with per-SKU policies (RET-7D-004): a line is excluded by a statutory exclusion, or by another one
    /// only when the customer confirmed it at purchase (otherwise the seller cannot refuse). The window counts from the day
    /// after sign-off and is the longest of the returnable lines' windows; excluded lines are named by category.
    /// </summary>
    public ReturnEligibility Evaluate(OrderStatus status, DateTimeOffset? deliveredAt, IReadOnlyList<PolicyLine> lines, DateTimeOffset now)
    {
        var byStatus = Evaluate(status, deliveredAt, Array.Empty<string>(), now);
        if (byStatus.Decision != ReturnDecision.Eligible && byStatus.Decision != ReturnDecision.Excluded && byStatus.Decision != ReturnDecision.WindowClosed)
            return byStatus;
        var delivered = deliveredAt!.Value;
        var excludedLines = lines.Where(l => l.Policy.Exclusion is { } e && (Compliance.ReturnExclusions.IsStatutory(e) || l.ExclusionConfirmedAt is not null)).ToList();
        var returnable = lines.Except(excludedLines).ToList();
        var days = returnable.Count == 0 ? NoReasonDays : returnable.Max(l => l.Policy.Exclusion is null ? Math.Max(l.Policy.Days, NoReasonDays) : NoReasonDays);
        var lastDay = Compliance.NoReasonReturnCheck.LastDay(delivered, days);
        var until = new DateTimeOffset(lastDay.ToDateTime(TimeOnly.MaxValue), Compliance.NoReasonReturnCheck.ChinaOffset);
        var excluded = excludedLines.Select(l => l.CategoryCode).Distinct().ToList();
        if (now > until) return new(ReturnDecision.WindowClosed, until, excluded);
        return new(returnable.Count == 0 ? ReturnDecision.Excluded : ReturnDecision.Eligible, until, excluded);
    }
}

/// <summary>
/// One order line as the per-SKU policy sees it: its policy (from <see cref="Compliance.ReturnPolicyBook"/>) and when the
/// customer confirmed its exclusion at purchase, if they did.
/// </summary>
public sealed record PolicyLine(string Sku, string CategoryCode, Compliance.ReturnPolicy Policy, DateTimeOffset? ExclusionConfirmedAt);

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
