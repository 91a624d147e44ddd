using CommerceOps.Infrastructure.IntellectualProperty;

namespace CommerceOps.Server.IntellectualProperty;

/// <summary>Sweeps brand authorisations at start and then every hour, alerting expiring (yellow) and expired (red) ones into the inbox.</summary>
public sealed class BrandAuthorisationService(IServiceScopeFactory scopes, TimeProvider time, ILogger<BrandAuthorisationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sweep = await scope.ServiceProvider.GetRequiredService<BrandAuthorisationMonitor>().CheckAsync(stoppingToken);
                if (sweep.Expired > 0) logger.LogInformation("{Count} brand authorisations have expired; {Listings} listings lack a valid one", sweep.Expired, sweep.UnauthorisedListings);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Brand authorisation sweep failed; retrying next hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
