using CommerceOps.Infrastructure.Alerts.Webhooks;
using Microsoft.Extensions.Options;

namespace CommerceOps.Server.Alerts;

/// <summary>Every <see cref="AlertScheduleOptions.WebhookInterval"/>: queue deliveries for new alert events, then send what is due.</summary>
public sealed class WebhookDeliveryService(
    IServiceScopeFactory scopes, IOptions<AlertScheduleOptions> options, TimeProvider time, ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.WebhookInterval;
        if (interval <= TimeSpan.Zero) return;
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Webhook delivery run failed; the next run is in {Interval}.", interval);
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
