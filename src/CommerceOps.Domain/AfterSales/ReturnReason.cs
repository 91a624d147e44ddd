namespace CommerceOps.Domain.AfterSales;

/// <summary>Why the customer wants to return goods. Only <see cref="NoReason"/> is bound by the 7-day window and its exclusions.</summary>
public enum ReturnReason
{
    /// <summary>七天无理由: changed mind, does not fit.</summary>
    NoReason,
    /// <summary>过敏: an allergic reaction (beauty and personal care).</summary>
    Allergy,
    QualityDefect,
    WrongItem,
    DamagedInTransit,
    NotAsDescribed,
}
