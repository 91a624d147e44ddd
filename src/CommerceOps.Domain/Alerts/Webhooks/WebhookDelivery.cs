namespace CommerceOps.Domain.Alerts.Webhooks;

/// <summary>
/// One notification to one subscription, and its delivery log: attempts, the last response and when to try again.
/// Retries back off exponentially (<see cref="RetryDelay"/>) and stop after <see cref="MaxAttempts"/>.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxAttempts = 8;
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(10);

    private WebhookDelivery() { }

    public WebhookDelivery(long subscriptionId, Guid eventId, string eventType, string body, DateTimeOffset now)
    {
        SubscriptionId = subscriptionId;
        EventId = eventId;
        EventType = eventType;
        Body = body;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }
    public long SubscriptionId { get; private set; }
    /// <summary>The domain event's id: receivers deduplicate on it (a retry carries the same id).</summary>
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Body { get; private set; } = "";
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>10 s, 20 s, 40 s … after the first, second, third failed attempt.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) => FirstRetryDelay * Math.Pow(2, failedAttempts - 1);

    public void Succeeded(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = DeliveredAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        NextAttemptAt = null;
        Status = WebhookDeliveryStatus.Delivered;
    }

    public void Failed(int? statusCode, string error, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length > 300 ? error[..300] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else NextAttemptAt = now + RetryDelay(Attempts);
    }
}

public enum WebhookDeliveryStatus
{
    Pending = 1,
    Delivered = 2,
    /// <summary>Gave up after <see cref="WebhookDelivery.MaxAttempts"/> attempts.</summary>
    Failed = 3,
}
