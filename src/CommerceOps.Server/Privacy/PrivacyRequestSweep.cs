using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Privacy;

/// <summary>Raises an inbox alert for each data-subject request past its deadline (at start, then every hour).</summary>
public sealed class PrivacyRequestSweep(PrivacyRequestMonitor monitor, ILogger<PrivacyRequestSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var overdue = await monitor.SweepAsync(cancellationToken);
        if (overdue > 0) logger.LogWarning("{Count} data-subject requests are past their deadline", overdue);
    }
}
