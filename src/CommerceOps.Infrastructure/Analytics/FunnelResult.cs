namespace CommerceOps.Infrastructure.Analytics;

/// <summary>A funnel's steps, per breakdown value (<see cref="FunnelStepResult.Group"/> is null without a breakdown).</summary>
public sealed record FunnelResult(IReadOnlyList<FunnelStepResult> Steps);

/// <param name="Step">1-based position in the funnel.</param>
/// <param name="Units">Users (or sessions) whose furthest step is this one or later.</param>
/// <param name="Lost">Units that reached the previous step but not this one (0 for step 1).</param>
/// <param name="ConversionFromPrevious">Units / units of the previous step (1 for step 1; null when the previous step had none).</param>
/// <param name="ConversionFromFirst">Units / units of step 1 (null when step 1 had none).</param>
/// <param name="MedianSecondsFromFirst">Per unit the fastest chain reaching this step, from its step-1 event; the median over units.</param>
public sealed record FunnelStepResult(
    string? Group, int Step, string StepName, long Units, long Lost, double? ConversionFromPrevious, double? ConversionFromFirst,
    double? MedianSecondsFromFirst, double? AverageSecondsFromFirst);
