using System.Net.Http.Headers;
using System.Text;
using CommerceOps.Domain.Alerts.Webhooks;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommerceOps.Infrastructure.Alerts.Webhooks;

/// <summary>
/// Sends the deliveries that are due: POST of the JSON body with the signature, event id and event type headers. A 2xx
/// answer delivers; anything else (or no answer within the timeout) is logged on the delivery and retried with
/// exponential back-off (<see cref="WebhookDelivery.RetryDelay"/>). The HTTP call happens outside any transaction.
/// Secrets never reach a log line or an error text.
/// </summary>
public sealed class WebhookSender(CommerceDbContext db, UnitOfWork unitOfWork, HttpClient http, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const int BatchSize = 50;

    /// <summary>Returns how many deliveries were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await (from d in db.WebhookDeliveries.AsNoTracking()
                         join s in db.WebhookSubscriptions.AsNoTracking() on d.SubscriptionId equals s.Id
                         where d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && s.Active
                         orderby d.Id
                         select new { Delivery = d, s.Url, s.Secret })
            .Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            var (status, error) = await PostAsync(item.Url, item.Secret, item.Delivery, cancellationToken);
            await unitOfWork.RunAsync(async ct =>
            {
                var delivery = await db.WebhookDeliveries.FirstAsync(d => d.Id == item.Delivery.Id, ct);
                if (error is null) delivery.Succeeded(status!.Value, time.GetUtcNow());
                else delivery.Failed(status, error, time.GetUtcNow());
                if (error is not null)
                    logger.LogWarning("Webhook delivery {Delivery} to subscription {Subscription} failed (attempt {Attempt}): {Error}",
                        delivery.Id, delivery.SubscriptionId, delivery.Attempts, error);
            }, cancellationToken);
        }
        return due.Count;
    }

    private async Task<(int? Status, string? Error)> PostAsync(string url, string secret, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(secret, time.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, $"HTTP {code}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, e is TaskCanceledException ? "timed out" : e.Message);
        }
    }
}
