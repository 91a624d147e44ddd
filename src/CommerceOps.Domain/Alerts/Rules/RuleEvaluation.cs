namespace CommerceOps.Domain.Alerts.Rules;

/// <param name="Compared">What the thresholds were compared with (the value, or its change in percent); null when not evaluated.</param>
public sealed record RuleEvaluation(
    AlertRule Rule, AlertLevel? Previous, AlertLevel? Level, RuleStatus Status, MetricObservation Observation, double? Compared)
{
    public bool Opened => Previous is null && Level is not null;
    public bool Cleared => Previous is not null && Level is null;
}
