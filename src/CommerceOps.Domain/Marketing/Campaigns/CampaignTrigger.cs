using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>What starts a campaign's sends: a schedule, or an event about the customer or a product they looked at.</summary>
public abstract record CampaignTrigger
{
    private CampaignTrigger() { }

    /// <summary>Once at <see cref="At"/>, then every <see cref="Every"/> when given.</summary>
    public sealed record Schedule(DateTimeOffset At, TimeSpan? Every) : CampaignTrigger;

    /// <summary>A product the customer viewed or favourited dropped in price (price history).</summary>
    public sealed record PriceDrop : CampaignTrigger;

    /// <summary>A product the customer wanted is back in stock.</summary>
    public sealed record Restock : CampaignTrigger;

    public sealed record FirstVisit : CampaignTrigger;

    /// <summary>The customer's last order is exactly <see cref="Days"/> days old.</summary>
    public sealed record DaysSinceLastOrder(int Days) : CampaignTrigger;

    public static CampaignTrigger Scheduled(DateTimeOffset at, TimeSpan? every = null) =>
        every is { } e && e < TimeSpan.FromHours(1)
            ? throw new DomainException("A repeating schedule runs at most once an hour.", "trigger")
            : new Schedule(at, every);

    public static CampaignTrigger AfterDaysWithoutOrder(int days) =>
        days is >= 1 and <= 3650 ? new DaysSinceLastOrder(days) : throw new DomainException("Days since the last order are between 1 and 3650.", "trigger");
}
