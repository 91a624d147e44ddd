using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The no-reason return policy of a SKU or category (RET-7D-004): 7 days by default; an exclusion must cite its reason,
/// and an exclusion other than the four statutory ones needs a per-purchase confirmation with an explanation to show.
/// </summary>
public sealed record ReturnPolicy
{
    public const int StatutoryDays = 7;

    private ReturnPolicy(int days, ReturnExclusion? exclusion, string? explanation)
    {
        Days = days;
        Exclusion = exclusion;
        Explanation = explanation;
    }

    public static readonly ReturnPolicy Default = new(StatutoryDays, null, null);

    public int Days { get; }
    public ReturnExclusion? Exclusion { get; }
    public string? Explanation { get; }

    public bool NeedsConsentAtPurchase => Exclusion is { } e && !e.IsStatutory();

    /// <summary>A longer window than the law's 7 days is allowed; a shorter one is not.</summary>
    public static ReturnPolicy NoReason(int days) => days >= StatutoryDays
        ? new(days, null, null)
        : throw new DomainException($"No-reason returns last at least {StatutoryDays} days.", "days");

    public static ReturnPolicy Excluded(ReturnExclusion exclusion, string? explanation)
    {
        if (!exclusion.IsStatutory() && string.IsNullOrWhiteSpace(explanation))
            throw new DomainException("A non-statutory exclusion needs an explanation shown to the consumer at purchase.", "explanation");
        return new(0, exclusion, explanation?.Trim());
    }

    /// <summary>The SKU's own policy if it has one, else its category's, else 7 days.</summary>
    public static ReturnPolicy Resolve(ReturnPolicy? sku, ReturnPolicy? category) => sku ?? category ?? Default;
}
