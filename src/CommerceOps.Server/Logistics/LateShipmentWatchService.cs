using CommerceOps.Infrastructure.Logistics;

namespace CommerceOps.Server.Logistics;

/// <summary>Every five minutes, raises and resolves late-shipment alerts (<see cref="LateShipmentMonitor"/>).</summary>
public sealed class LateShipmentWatchService(IServiceScopeFactory scopes, TimeProvider time, ILogger<LateShipmentWatchService> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sweep = await scope.ServiceProvider.GetRequiredService<LateShipmentMonitor>().CheckAsync(stoppingToken);
                if (sweep.NotShipped + sweep.NotDelivered + sweep.Resolved > 0)
                    logger.LogInformation("Late shipments: {NotShipped} not shipped by cut-off, {NotDelivered} not delivered by promise, {Resolved} resolved",
                        sweep.NotShipped, sweep.NotDelivered, sweep.Resolved);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Late-shipment sweep failed; retrying next period");
            }
        }
    }
}
