using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Analytics;

/// <summary>
/// Keeps the daily rollups (GMV tree, funnel) current (every 15 minutes and at start): rebuilt once a day has ended and after
/// writers marked days it holds. Until then those days are read from the raw facts, so the numbers stay exact; the
/// rollup only decides how fast they come.
/// </summary>
public sealed class DailyRollupsSweep(DailyRollups rollup, ILogger<DailyRollupsSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await rollup.RefreshIfStaleAsync(cancellationToken) is { } state)
            logger.LogInformation("Daily rollups refreshed through China day {LastDay} in {TookMs} ms.", state.LastDay, state.TookMs);
    }
}
