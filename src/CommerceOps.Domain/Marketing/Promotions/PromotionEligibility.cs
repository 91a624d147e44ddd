namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Who may have a promotion. Empty lists mean "any"; all non-empty conditions must hold.
/// </summary>
public sealed record PromotionEligibility(
    IReadOnlyList<string>? Channels = null,
    IReadOnlyList<string>? MembershipTiers = null,
    IReadOnlyList<string>? Segments = null,
    bool NewCustomersOnly = false)
{
    public static readonly PromotionEligibility Everyone = new();
}
