using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Privacy;

/// <summary>Clears the personal data left on anonymised customers' transaction records past their retention (at start, then daily).</summary>
public sealed class TransactionRetentionSweep(TransactionRecordPurge purge, ILogger<TransactionRetentionSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cleared = await purge.RunAsync(cancellationToken);
        if (cleared > 0) logger.LogInformation("Cleared the personal data of {Count} transaction records past their retention", cleared);
    }
}
