namespace CommerceOps.Server.Alerts;

/// <summary>
/// Configuration section <c>Alerts</c>: how often rules are evaluated (<c>Alerts:EvaluationInterval</c>, default 5 minutes;
/// <c>00:00:00</c> turns the schedule off) and how often webhook deliveries are queued and sent.
/// </summary>
public sealed class AlertScheduleOptions
{
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan WebhookInterval { get; set; } = TimeSpan.FromSeconds(5);
}
