namespace CommerceOps.Infrastructure.Alerts;

/// <summary>How far webhook fan-out has read the outbox (its own cursor: the analytics projector keeps its own marks).</summary>
public sealed class WebhookCursor
{
    public const string AlertsName = "alerts";

    public required string Name { get; init; }
    public long LastOutboxId { get; set; }
}
