using CommerceOps.Infrastructure.Privacy;

namespace CommerceOps.Server.Privacy;

/// <summary>Once a day, clears the personal data left on anonymised customers' transaction records past their retention.</summary>
public sealed class TransactionRetentionSweepService(IServiceScopeFactory scopes, TimeProvider time, ILogger<TransactionRetentionSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cleared = await scope.ServiceProvider.GetRequiredService<TransactionRecordPurge>().RunAsync(stoppingToken);
                if (cleared > 0) logger.LogInformation("Cleared the personal data of {Count} transaction records past their retention", cleared);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Transaction retention sweep failed; retrying tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
