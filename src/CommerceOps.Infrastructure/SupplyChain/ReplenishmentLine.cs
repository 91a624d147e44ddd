using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>One row of the replenishment list: a SKU in a warehouse, its stock, demand, supplier and the suggestion.</summary>
public sealed record ReplenishmentLine(
    string Sku, string Warehouse, AbcClass Abc, XyzClass Xyz, StockPosition Stock, DemandRate Demand,
    string? Supplier, LeadTime LeadTime, ReplenishmentSuggestion Suggestion);
