using CommerceOps.Infrastructure.Ordering;

namespace CommerceOps.Server.Ordering;

/// <summary>Every minute, cancels quick-pay orders left unpaid past their payment window, which releases their stock.</summary>
public sealed class PaymentTimeoutService(IServiceScopeFactory scopes, TimeProvider time, ILogger<PaymentTimeoutService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cancelled = await scope.ServiceProvider.GetRequiredService<OrderService>().CancelUnpaidAsync(stoppingToken);
                if (cancelled > 0) logger.LogInformation("Cancelled {Count} orders whose payment window passed", cancelled);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Payment timeout sweep failed; retrying next minute");
            }
        }
    }
}
