using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>What one sweep of <see cref="LateShipmentMonitor"/> did.</summary>
public sealed record LateShipmentSweep(int NotShipped, int NotDelivered, int Resolved);

/// <summary>
/// Watches the promises made at checkout and reports the broken ones to the alert inbox (source
/// <see cref="Source"/>, key = order number): yellow when a paid order has not left by its cut-off (<c>ShipBy</c>),
/// red when a shipped order is not delivered by the end of its promise (<c>PromisedBy</c>). An alert whose order is
/// no longer late (delivered, cancelled, or shipped after all) is resolved by the next sweep.
/// </summary>
public sealed class LateShipmentMonitor(CommerceDbContext db, UnitOfWork unitOfWork, IAlertInbox inbox, TimeProvider time)
{
    public const string Source = "logistics.late_shipment";

    public Task<LateShipmentSweep> CheckAsync(CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var open = db.Orders.AsNoTracking().Where(o => o.CancelledAt == null && o.DeliveredAt == null && o.ShipBy != null);
            var notShipped = await open
                .Where(o => o.ShippedAt == null && o.ShipBy < now && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.CodConfirmed))
                .Select(o => new { o.Number, Due = o.ShipBy!.Value }).ToListAsync(ct);
            var notDelivered = await open
                .Where(o => o.ShippedAt != null && o.PromisedBy < now)
                .Select(o => new { o.Number, Due = o.PromisedBy!.Value }).ToListAsync(ct);

            foreach (var late in notShipped)
                await inbox.RaiseAsync(new AlertNotice(Source, late.Number, AlertLevel.Yellow, $"订单 {late.Number} 未在截单时间前发货",
                    $"Order {late.Number} was due to leave the warehouse by {ChinaTime(late.Due)} (China time) and has not shipped.", "/logistics"), ct);
            foreach (var late in notDelivered)
                await inbox.RaiseAsync(new AlertNotice(Source, late.Number, AlertLevel.Red, $"订单 {late.Number} 超过承诺送达时间未签收",
                    $"Order {late.Number} was promised by {ChinaTime(late.Due)} (China time) and is not delivered.", "/logistics"), ct);

            var stillLate = notShipped.Select(l => l.Number).Concat(notDelivered.Select(l => l.Number)).ToHashSet(StringComparer.Ordinal);
            var alerted = await db.Alerts.AsNoTracking().Where(a => a.Source == Source && a.Status != AlertStatus.Closed).Select(a => a.Key).ToListAsync(ct);
            var cleared = alerted.Where(key => !stillLate.Contains(key)).ToList();
            foreach (var key in cleared) await inbox.ResolveAsync(Source, key, ct);
            return new LateShipmentSweep(notShipped.Count, notDelivered.Count, cleared.Count);
        }, cancellationToken);

    private static string ChinaTime(DateTimeOffset at) =>
        at.ToOffset(Domain.Logistics.DeliveryPromiseRules.ChinaOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
