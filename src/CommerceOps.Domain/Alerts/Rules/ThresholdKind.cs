namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>
/// Absolute: thresholds are in the metric's own unit (yuan, visitors, a rate as a fraction 0–1). Relative: thresholds
/// are the change against the baseline in percent (−20 = 20% below the mean of the same weekday over the past 4 weeks).
/// </summary>
public enum ThresholdKind
{
    Absolute = 1,
    Relative = 2,
}
