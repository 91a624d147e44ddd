using CommerceOps.Infrastructure.Alerts.Webhooks;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Alerts;

/// <summary>Queues deliveries for new alert events, then sends what is due (at start, then every <see cref="AlertScheduleOptions.WebhookInterval"/>).</summary>
public sealed class WebhookDeliverySweep(WebhookFanOut fanOut, WebhookSender sender) : ISweep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await fanOut.RunAsync(cancellationToken);
        await sender.SendDueAsync(cancellationToken);
    }
}
