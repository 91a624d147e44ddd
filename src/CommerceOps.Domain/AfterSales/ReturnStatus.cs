namespace CommerceOps.Domain.AfterSales;

/// <summary>Where a return request stands. Only <see cref="Open"/> waits for a decision, so only it runs the resolution SLA.</summary>
public enum ReturnStatus
{
    /// <summary>With an agent, waiting for a decision.</summary>
    Open,
    /// <summary>Approved; the refund is paid when the goods arrive back.</summary>
    AwaitingGoods,
    Refunded,
    Rejected,
}

/// <summary>Whether the goods come back: not at all, expected, or received into stock.</summary>
public enum ReturnGoods
{
    NotRequired,
    Expected,
    Received,
}
