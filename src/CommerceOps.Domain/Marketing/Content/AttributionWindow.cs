using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Content;

/// <summary>
/// How far back before an order a content touch still earns the order: a touch at most <see cref="Days"/> days
/// before the order's placement (inclusive at both ends) can be its last touch.
/// </summary>
public readonly record struct AttributionWindow
{
    public const int DefaultDays = 7;
    public const int MaxDays = 90;

    public AttributionWindow(int days)
    {
        if (days is < 1 or > MaxDays) throw new DomainException($"The attribution window is 1 to {MaxDays} days.", "windowDays");
        Days = days;
    }

    public int Days { get; }

    public static AttributionWindow Default => new(DefaultDays);

    public TimeSpan Length => TimeSpan.FromDays(Days);
}
