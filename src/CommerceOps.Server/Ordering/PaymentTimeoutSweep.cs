using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Ordering;

/// <summary>Cancels quick-pay orders left unpaid past their payment window, which releases their stock (every minute).</summary>
public sealed class PaymentTimeoutSweep(OrderService orders, ILogger<PaymentTimeoutSweep> logger) : ISweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cancelled = await orders.CancelUnpaidAsync(cancellationToken);
        if (cancelled > 0) logger.LogInformation("Cancelled {Count} orders whose payment window passed", cancelled);
    }
}
