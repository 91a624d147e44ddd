namespace CommerceOps.Domain.Selection;

/// <summary>open → succeeded | failed → closed. Succeeded: the target was reached (a purchase order follows); failed: it was not (deposits are refunded).</summary>
public enum PreSaleStatus
{
    Open,
    Succeeded,
    Failed,
    Closed,
}
