using CommerceOps.Infrastructure.Selection;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Selection;

/// <summary>Settles and closes the pre-sales whose deadline has passed: purchase order or refunds (every minute).</summary>
public sealed class PreSaleDeadlineSweep(PreSaleService preSales, ILogger<PreSaleDeadlineSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var closed = await preSales.CloseDueAsync(cancellationToken);
        if (closed > 0) logger.LogInformation("Settled {Count} pre-sales past their deadline", closed);
    }
}
