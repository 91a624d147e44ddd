using CommerceOps.Infrastructure.Selection;

namespace CommerceOps.Server.Selection;

/// <summary>Every minute, settles and closes the pre-sales whose deadline has passed (purchase order or refunds).</summary>
public sealed class PreSaleDeadlineService(IServiceScopeFactory scopes, TimeProvider time, ILogger<PreSaleDeadlineService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var closed = await scope.ServiceProvider.GetRequiredService<PreSaleService>().CloseDueAsync(stoppingToken);
                if (closed > 0) logger.LogInformation("Settled {Count} pre-sales past their deadline", closed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pre-sale deadline sweep failed; retrying next minute");
            }
        }
    }
}
