namespace CommerceOps.Domain.Customers;

public static class MembershipTiers
{
    public const string Regular = "regular";
    public const string Silver = "silver";
    public const string Gold = "gold";
    public const string Platinum = "platinum";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Regular, Silver, Gold, Platinum };
}
