namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>What the listing rule reads of a published branded product: its brand, category and the suppliers of its SKUs.</summary>
public sealed record ListingFacts(long ProductId, string Title, long BrandId, string CategoryCode, IReadOnlyCollection<string> SupplierCodes);
