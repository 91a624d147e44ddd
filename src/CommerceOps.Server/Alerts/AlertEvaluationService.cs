using CommerceOps.Infrastructure.Alerts;
using Microsoft.Extensions.Options;

namespace CommerceOps.Server.Alerts;

/// <summary>
/// Evaluates the alert rules at start and then every <see cref="AlertScheduleOptions.EvaluationInterval"/>, on the
/// injected <see cref="TimeProvider"/>. A failed run is logged and the next tick tries again.
/// </summary>
public sealed class AlertEvaluationService(
    IServiceScopeFactory scopes, IOptions<AlertScheduleOptions> options, TimeProvider time, ILogger<AlertEvaluationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EvaluationInterval;
        if (interval <= TimeSpan.Zero) return;
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var results = await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(stoppingToken);
                logger.LogDebug("Evaluated {Count} alert rules.", results.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Alert rule evaluation failed; the next run is in {Interval}.", interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
