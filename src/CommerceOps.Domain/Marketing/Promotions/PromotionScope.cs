namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Which lines a promotion looks at. An empty include list means "no restriction on that dimension"; a line is in
/// scope when it passes every non-empty include list and is not excluded. <see cref="ExcludedSkus"/> is null until
/// someone has stated the exclusions (an empty list is an explicit "none"): a promotion cannot be published before.
/// </summary>
public sealed record PromotionScope(
    IReadOnlyList<string>? Skus = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Brands = null,
    IReadOnlyList<string>? ExcludedSkus = null,
    IReadOnlyList<string>? ExcludedCategories = null,
    IReadOnlyList<string>? ExcludedBrands = null)
{
    public static readonly PromotionScope Everything = new(ExcludedSkus: []);
}
