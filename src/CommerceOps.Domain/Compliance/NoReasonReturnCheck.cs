namespace CommerceOps.Domain.Compliance;

/// <summary>Whether a no-reason return request stands, and why not when it does not.</summary>
public sealed record ReturnDecision(bool Allowed, string Reason);

/// <summary>
/// RET-7D-004: the window counts from the day after the goods were signed for (local date of the consignee); a
/// non-statutory exclusion binds only if the consumer confirmed it at purchase; otherwise the seller cannot refuse.
/// </summary>
public static class NoReasonReturnCheck
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The last day (local date) on which a no-reason return may be requested.</summary>
    public static DateOnly LastDay(DateTimeOffset signedAt, int days) =>
        DateOnly.FromDateTime(signedAt.ToOffset(ChinaOffset).Date).AddDays(days);

    public static ReturnDecision Decide(ReturnPolicy policy, DateTimeOffset signedAt, DateTimeOffset requestedAt, DateTimeOffset? exclusionConsentedAt)
    {
        if (policy.Exclusion is { } exclusion)
        {
            if (exclusion.IsStatutory()) return new(false, $"Excluded by law ({exclusion}).");
            if (exclusionConsentedAt is not null) return new(false, $"Excluded ({exclusion}); the consumer confirmed at purchase.");
        }
        var days = policy.Exclusion is null ? policy.Days : ReturnPolicy.StatutoryDays;
        var lastDay = LastDay(signedAt, days);
        var requested = DateOnly.FromDateTime(requestedAt.ToOffset(ChinaOffset).Date);
        return requested <= lastDay
            ? new(true, policy.Exclusion is null ? "Within the no-reason window." : "The exclusion was not confirmed at purchase, so it does not bind.")
            : new(false, $"The no-reason window ended on {lastDay:yyyy-MM-dd}.");
    }
}
