using CommerceOps.Domain.Alerts.Rules;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>One rule's state after an evaluation, as the API and <c>alerts check</c> show it.</summary>
/// <param name="Compared">What the thresholds were compared with: the value (absolute rules) or its change in percent (relative).</param>
public sealed record RuleCheckResult(
    long RuleId, string Name, string Metric, string? Step, string Kind, RuleStatus Status, string? Level,
    double? Value, double? Baseline, double? Compared, long Sample, long MinimumSample, double Yellow, double Red, double Clear)
{
    public static RuleCheckResult Of(RuleEvaluation e) => new(
        e.Rule.Id, e.Rule.Name, e.Rule.Metric.Name(), e.Rule.Step, e.Rule.Kind.ToString().ToLowerInvariant(), e.Status,
        e.Level?.ToString().ToLowerInvariant(), e.Observation.Value, e.Observation.Baseline, e.Compared, e.Observation.Sample,
        e.Rule.MinimumSample, e.Rule.Yellow, e.Rule.Red, e.Rule.Clear);
}
