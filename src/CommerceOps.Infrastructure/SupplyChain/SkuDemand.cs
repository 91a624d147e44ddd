namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// One SKU's sales over a replenishment window: its ABC/XYZ class by revenue (null when its revenue is not positive)
/// and its daily demand mean, mean of squares, units sold and average selling price. A row of <see cref="SkuDemandTable"/>.
/// </summary>
public sealed record SkuDemand(string Sku, string? Abc, string? Xyz, double Mean, double MeanSquare, long? Sold, double? UnitValue);
