using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// What later events change on one <c>fact_orders</c> row, merged in event order: the latest status, address
/// and transition times win, except the first payment time, which is kept.
/// </summary>
internal sealed class OrderFactChanges
{
    private static readonly string Paid = OrderStatus.Paid.ToWire();
    private static readonly string Shipped = OrderStatus.Shipped.ToWire();
    private static readonly string Delivered = OrderStatus.Delivered.ToWire();
    private static readonly string Cancelled = OrderStatus.Cancelled.ToWire();

    public string? Status { get; private set; }
    public string? Province { get; private set; }
    public string? City { get; private set; }
    public DateTime? PaidAt { get; set; }
    public DateTime? ShippedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public DateTime? CancelledAt { get; set; }

    public void Apply(OrderStatusChanged e)
    {
        var at = e.OccurredAt.UtcDateTime;
        Status = e.To;
        if (e.To == Paid) PaidAt ??= at;
        else if (e.To == Shipped) ShippedAt = at;
        else if (e.To == Delivered) DeliveredAt = at;
        else if (e.To == Cancelled) CancelledAt = at;
    }

    public void Apply(OrderAddressChanged e)
    {
        Province = e.Province;
        City = e.City;
    }

    public void Apply(PaymentCaptured e) => PaidAt ??= e.OccurredAt.UtcDateTime;
}
