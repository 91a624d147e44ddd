namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// Which customers a firing considers before the audience filter: everyone (schedules), customers whose last order
/// is exactly N days old, customers first seen in a window, or customers interested in a SKU before an event on it
/// (viewed, favourited or carted within <see cref="InterestedIn.LookbackDays"/> days before a price drop or restock).
/// </summary>
public abstract record AudienceCandidates
{
    private AudienceCandidates() { }

    public sealed record Everyone : AudienceCandidates;

    public sealed record LastOrderDaysAgo(int Days) : AudienceCandidates;

    public sealed record FirstVisitBetween(DateTimeOffset From, DateTimeOffset To) : AudienceCandidates;

    public sealed record InterestedIn(IReadOnlyList<SkuEvent> Events) : AudienceCandidates
    {
        public const int LookbackDays = 30;
    }
}

/// <summary>Something that happened to a SKU (its price dropped, it came back in stock) at an instant.</summary>
public sealed record SkuEvent(string Sku, DateTimeOffset At);
