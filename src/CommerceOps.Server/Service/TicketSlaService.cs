using CommerceOps.Infrastructure.Service;

namespace CommerceOps.Server.Service;

/// <summary>Every 15 seconds (the first-response promise is one minute), raises and clears SLA alerts for open tickets.</summary>
public sealed class TicketSlaService(IServiceScopeFactory scopes, TimeProvider time, ILogger<TicketSlaService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TicketSlaMonitor>().CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Ticket SLA check failed; retrying in 15 seconds");
            }
        }
    }
}
