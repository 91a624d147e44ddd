using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>
/// Records carrier scans (from the webhook or a CSV import) on their shipments. A scan already recorded (same
/// time and description) is skipped, so a carrier retrying a webhook does not duplicate nodes. A delivered scan
/// delivers the shipment and its order and resolves the order's late-shipment alert. Joins the caller's unit of work.
/// </summary>
public sealed class TrackingRecorder(CommerceDbContext db, IAlertInbox inbox)
{
    /// <returns>How many nodes were added.</returns>
    public async Task<int> RecordAsync(IReadOnlyList<CarrierTrackingEvent> events, CancellationToken ct)
    {
        var added = 0;
        foreach (var group in events.GroupBy(e => e.TrackingNumber, StringComparer.Ordinal))
        {
            var shipment = await db.Shipments.Include(s => s.Nodes).SingleOrDefaultAsync(s => s.TrackingNumber == group.Key, ct)
                ?? throw new NotFoundException($"No shipment has tracking number '{group.Key}'.", "trackingNumber");
            foreach (var e in group.OrderBy(e => e.At))
            {
                if (shipment.Nodes.Any(n => n.At == e.At && n.Description == e.Description)) continue;
                if (shipment.DeliveredAt is not null) continue; // scans after the signature add nothing
                shipment.AddNode(e.At, e.Location, e.Description);
                added++;
                if (!e.Delivered) continue;
                shipment.MarkDelivered(e.At);
                var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == shipment.OrderId, ct);
                if (order.DeliveredAt is null) order.Deliver(e.At);
                await inbox.ResolveAsync(LateShipmentMonitor.Source, order.Number, ct);
            }
        }
        return added;
    }

    /// <summary>Tracking numbers among <paramref name="numbers"/> that no shipment has.</summary>
    public async Task<IReadOnlySet<string>> UnknownAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        var known = await db.Shipments.AsNoTracking().Where(s => numbers.Contains(s.TrackingNumber)).Select(s => s.TrackingNumber).ToListAsync(ct);
        return numbers.Except(known, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }
}
