namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>
/// A metric in today's window and in the baseline. <paramref name="Value"/> is null when it is undefined (a rate over
/// nothing); <paramref name="Baseline"/> is null when no baseline day had data; <paramref name="Sample"/> is what the
/// rule's minimum sample is compared with (docs/alerts.md says which count, per metric).
/// </summary>
public sealed record MetricObservation(double? Value, double? Baseline, long Sample);
