namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>How many days before its end an authorisation counts as expiring (yellow alert); configurable, 30 by default.</summary>
public sealed record BrandRightsSettings(int ExpiryWarningDays = 30)
{
    public static readonly BrandRightsSettings Default = new();

    public TimeSpan Warning => TimeSpan.FromDays(ExpiryWarningDays);
}
