using CommerceOps.Infrastructure.Privacy;

namespace CommerceOps.Server.Privacy;

/// <summary>Every hour, raises an inbox alert for each data-subject request past its deadline.</summary>
public sealed class PrivacyRequestSweepService(IServiceScopeFactory scopes, TimeProvider time, ILogger<PrivacyRequestSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var overdue = await scope.ServiceProvider.GetRequiredService<PrivacyRequestMonitor>().SweepAsync(stoppingToken);
                if (overdue > 0) logger.LogWarning("{Count} data-subject requests are past their deadline", overdue);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Privacy request sweep failed; retrying next hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
