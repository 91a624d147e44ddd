using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// One ranked SKU: its revenue (or units), share of the total, cumulative share including itself, ABC class, and the
/// mean and coefficient of variation of its weekly demand with its XYZ class (null when it has no positive mean).
/// </summary>
public sealed record SkuClassification(
    string Sku, decimal Value, double Share, double CumulativeShare, AbcClass Abc,
    double WeeklyMean, double? WeeklyVariation, XyzClass Xyz);
