namespace CommerceOps.Domain.SupplyChain;

/// <summary>Everything replenishment needs to know about one SKU in one warehouse.</summary>
/// <param name="UnitsSold">Units sold in the demand window, for sell-through.</param>
/// <param name="UnitValue">What one unit is worth, for the holding cost of the EOQ; null when unknown.</param>
/// <param name="PreSaleUnits">Units promised to open pre-sale orders, not yet in the demand history.</param>
public sealed record ReplenishmentInput(
    AbcClass Class, StockPosition Stock, DemandRate Demand, LeadTime LeadTime, SupplyTerms Terms,
    double UnitsSold, decimal? UnitValue, int PreSaleUnits = 0);
