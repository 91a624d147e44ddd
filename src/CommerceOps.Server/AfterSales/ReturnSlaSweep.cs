using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.AfterSales;

/// <summary>Checks open return requests against their 24-hour deadline and alerts into the inbox (every minute).</summary>
public sealed class ReturnSlaSweep(ReturnSlaMonitor monitor, ILogger<ReturnSlaSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = await monitor.SweepAsync(cancellationToken);
        if (due > 0) logger.LogInformation("{Count} return requests are near or past their resolution deadline", due);
    }
}
