using CommerceOps.Infrastructure.AfterSales;

namespace CommerceOps.Server.AfterSales;

/// <summary>Every minute, checks open return requests against their 24-hour deadline and alerts into the inbox.</summary>
public sealed class ReturnSlaService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReturnSlaService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var due = await scope.ServiceProvider.GetRequiredService<ReturnSlaMonitor>().SweepAsync(stoppingToken);
                if (due > 0) logger.LogInformation("{Count} return requests are near or past their resolution deadline", due);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Return SLA sweep failed; retrying next minute");
            }
        }
    }
}
