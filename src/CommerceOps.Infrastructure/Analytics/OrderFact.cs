using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// An order placed in the batch being projected. Its later events in the same batch are merged here, so the
/// row is appended once in its final state instead of appended and then updated.
/// </summary>
internal sealed class OrderFact
{
    private static readonly IReadOnlySet<string> PaidStatuses = new HashSet<string>(
        [OrderStatus.Paid.ToWire(), OrderStatus.Shipped.ToWire(), OrderStatus.Delivered.ToWire(), OrderStatus.Completed.ToWire()]);

    public static readonly string CashOnDelivery = PaymentMethod.CashOnDelivery.ToWire();

    public OrderFact(OrderPlaced placed)
    {
        Placed = placed;
        // Imported history arrives already paid or cancelled; like Order.Import, the placement time stands in.
        var placedAt = placed.OccurredAt.UtcDateTime;
        if (PaidStatuses.Contains(placed.Status)) Changes.PaidAt = placedAt;
        if (placed.Status == OrderStatus.Cancelled.ToWire()) Changes.CancelledAt = placedAt;
    }

    public OrderPlaced Placed { get; }

    public OrderFactChanges Changes { get; } = new();

    public string Status => Changes.Status ?? Placed.Status;

    public string Province => Changes.Province ?? Placed.Province;

    public string City => Changes.City ?? Placed.City;

    /// <summary>Cash on delivery counts as paid when delivered, as in <see cref="Order.Deliver"/>.</summary>
    public DateTime? PaidAt => Changes.PaidAt ?? (Placed.PaymentMethod == CashOnDelivery ? Changes.DeliveredAt : null);
}
