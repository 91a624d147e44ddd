using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>Listing refused: the product's brand has no authorisation valid now for the store or its suppliers (<see cref="IpRuleIds.BrandAuthorisation"/>).</summary>
public sealed class BrandNotAuthorisedException(string brand, string message)
    : DomainException($"Brand '{brand}': {message}", "brand")
{
    public string RuleId => IpRuleIds.BrandAuthorisation;
    public string Brand { get; } = brand;
}
