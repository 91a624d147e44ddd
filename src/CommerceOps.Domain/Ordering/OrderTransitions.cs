namespace CommerceOps.Domain.Ordering;

/// <summary>The order state machine as one table, so the rules are read in one place and tested exhaustively.</summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Placed] = [OrderStatus.Paid, OrderStatus.CodConfirmed, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.RefundRequested],
        [OrderStatus.CodConfirmed] = [OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.RefundRequested],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.RefundRequested],
        [OrderStatus.Completed] = [OrderStatus.RefundRequested],
        [OrderStatus.RefundRequested] = [OrderStatus.Refunded, OrderStatus.Completed],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<OrderStatus> From(OrderStatus status) => Allowed[status];
}
