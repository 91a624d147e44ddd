namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// A promotion's running totals, in fen so both stores can compare and add them in one conditional UPDATE
/// (SQLite has no decimal type). Created when the promotion is published.
/// </summary>
public sealed class PromotionCounter
{
    private PromotionCounter() { }

    public PromotionCounter(long promotionId, long budgetFen)
    {
        PromotionId = promotionId;
        BudgetFen = budgetFen;
    }

    public long PromotionId { get; private set; }
    public long BudgetFen { get; private set; }
    public long SpentFen { get; private set; }
    public int Redemptions { get; private set; }
}

/// <summary>How many orders a customer has placed with a promotion (the per-user limit counts these).</summary>
public sealed class PromotionCustomerUse
{
    private PromotionCustomerUse() { }

    public long PromotionId { get; private set; }
    public long CustomerId { get; private set; }
    public int Uses { get; private set; }
}
