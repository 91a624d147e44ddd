using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>An order that missed its promise: delivered after the promised day, shipped and still on its way after it, or not shipped by its cut-off.</summary>
public sealed record LateShipment(string OrderNumber, string Region, string City, DateTimeOffset? ShippedAt, DateTimeOffset PromisedBy, DateTimeOffset? DeliveredAt)
{
    /// <summary>Whole days past the end of the promised day, up to the delivery or, still on its way, up to <paramref name="now"/> (0 for an order only late leaving the warehouse).</summary>
    public int DaysLate(DateTimeOffset now) => Math.Max(0, (int)Math.Ceiling(((DeliveredAt ?? now) - PromisedBy).TotalDays));
}

/// <summary>The orders that missed their delivery promise, latest promise first.</summary>
public sealed class LateShipmentList(CommerceDbContext db)
{
    public async Task<IReadOnlyList<LateShipment>> ListAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.PromisedBy != null && o.CancelledAt == null &&
                        ((o.DeliveredAt != null && o.DeliveredAt > o.PromisedBy) ||
                         (o.DeliveredAt == null && o.Status == OrderStatus.Shipped && o.PromisedBy < now) ||
                         // Paid but still in the warehouse after the checkout promise's cut-off.
                         (o.ShippedAt == null && o.ShipBy < now && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.CodConfirmed))))
            .OrderByDescending(o => o.PromisedBy).ThenBy(o => o.Number)
            .Take(limit)
            .Select(o => new LateShipment(o.Number, o.ShippingAddress!.Province ?? "", o.ShippingAddress!.City ?? "", o.ShippedAt, o.PromisedBy!.Value, o.DeliveredAt))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>When the latest delivery was recorded: how fresh the promise figures are.</summary>
    public Task<DateTimeOffset?> LatestDeliveryAsync(CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Where(o => o.DeliveredAt != null).MaxAsync(o => o.DeliveredAt, cancellationToken);
}
