using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Logistics;

/// <summary>Raises and resolves late-shipment alerts (<see cref="LateShipmentMonitor"/>, every five minutes).</summary>
public sealed class LateShipmentSweep(LateShipmentMonitor monitor, ILogger<LateShipmentSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sweep = await monitor.CheckAsync(cancellationToken);
        if (sweep.NotShipped + sweep.NotDelivered + sweep.Resolved > 0)
            logger.LogInformation("Late shipments: {NotShipped} not shipped by cut-off, {NotDelivered} not delivered by promise, {Resolved} resolved",
                sweep.NotShipped, sweep.NotDelivered, sweep.Resolved);
    }
}
