using CommerceOps.Infrastructure.Marketing.Campaigns;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// The background job behind triggered campaigns: every <see cref="Interval"/> (setting Campaigns:PollSeconds) it
/// fires the due campaigns and delivers deferred sends that came due. Time comes from <see cref="TimeProvider"/>.
/// A failing round is logged and the next round tries again.
/// </summary>
public sealed class CampaignScheduler(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<CampaignScheduler> logger)
    : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Campaigns:PollSeconds", 60)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var fired = await scope.ServiceProvider.GetRequiredService<CampaignRunner>().RunDueAsync(stoppingToken);
                if (fired > 0) logger.LogInformation("Campaigns: {Fired} fired.", fired);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Campaign round failed; the next round tries again.");
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
