namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// The facts a suggestion was decided on beyond its own figures: the rule that applied, the class and its service
/// level, the inventory position net of pre-sale units, the supplier's terms and the sell-through.
/// </summary>
public readonly record struct ReplenishmentGrounds(
    ReplenishmentDecision Decision, AbcClass Class, double ServiceLevel, int Position, int PreSaleUnits, SupplyTerms Terms,
    double SellThrough);
