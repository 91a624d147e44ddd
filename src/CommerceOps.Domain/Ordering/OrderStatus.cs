namespace CommerceOps.Domain.Ordering;

public enum OrderStatus
{
    Placed,
    Paid,
    CodConfirmed,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    RefundRequested,
    Refunded,
}
