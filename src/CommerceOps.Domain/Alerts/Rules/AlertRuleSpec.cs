namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>What a person sets on a rule; <see cref="AlertRule"/> checks it.</summary>
public sealed record AlertRuleSpec(
    string Name, AlertMetric Metric, string? Step, ThresholdKind Kind, AlertDirection Direction,
    double Yellow, double Red, double Clear, long MinimumSample, bool Enabled = true);
