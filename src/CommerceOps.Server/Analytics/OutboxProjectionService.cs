using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Server.Analytics;

/// <summary>
/// Keeps the analytics store current: drains the outbox, then waits for a poke from a write path or the poll
/// interval. Errors are logged and retried with a growing back-off; after a crash the next start simply
/// carries on from the unmarked outbox rows.
/// </summary>
public sealed class OutboxProjectionService(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, ILogger<OutboxProjectionService> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The least time between two drains. Under a stream of orders every commit pokes; without this pause each
    /// order would cost its own DuckDB transaction, with it a burst becomes one batch (fresh within ~0.1 s).
    /// </summary>
    public static readonly TimeSpan GatherInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The pause after a drain that found at least <see cref="BusyDrainSize"/> events: under sustained load each
    /// DuckDB transaction (and the outbox update behind the SQLite write gate) has a fixed cost that competes with
    /// the checkouts for the same cores, so fewer, larger batches leave more for the orders; dashboards then lag by
    /// about a second, and go back to ~0.1 s as soon as the load drops.
    /// </summary>
    public static readonly TimeSpan BusyGatherInterval = TimeSpan.FromSeconds(1);

    public const int BusyDrainSize = 100;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let host start-up continue; draining a backlog can take a while
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var projected = await DrainAsync(stoppingToken);
                failures = 0;
                await Task.Delay(projected >= BusyDrainSize ? BusyGatherInterval : GatherInterval, time, stoppingToken);
                await signal.WaitAsync(PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Min(failures - 1, 5)));
                logger.LogError(ex, "Analytics projection failed ({Failures} in a row); retrying in {Backoff}.", failures, backoff);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<long> DrainAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var projected = await scope.ServiceProvider.GetRequiredService<OutboxProjector>().DrainAsync(cancellationToken);
        if (projected > 0) logger.LogDebug("Projected {Count} outbox events into the analytics store.", projected);
        return projected;
    }
}
