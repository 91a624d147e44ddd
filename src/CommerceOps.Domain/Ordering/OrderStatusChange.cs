namespace CommerceOps.Domain.Ordering;

public sealed class OrderStatusChange
{
    private OrderStatusChange() { }

    internal OrderStatusChange(OrderStatus? from, OrderStatus to, DateTimeOffset at, string? reason)
    {
        From = from;
        To = to;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public OrderStatus? From { get; private set; }
    public OrderStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }
}
