using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Analytics;

/// <summary>
/// Ordered funnel steps and the conversion window. No event may count for two steps (each step's events are
/// disjoint), so "repeated" steps are refused rather than given a meaning nobody asked for.
/// </summary>
public sealed record FunnelDefinition
{
    public const int MaxSteps = 12;

    public FunnelDefinition(IReadOnlyList<FunnelStep> steps, TimeSpan window)
    {
        if (steps.Count is < 2 or > MaxSteps) throw new DomainException($"A funnel has 2 to {MaxSteps} steps.", "steps");
        for (var i = 0; i < steps.Count; i++)
            for (var j = i + 1; j < steps.Count; j++)
                if (steps[i].Overlaps(steps[j]))
                    throw new DomainException($"Steps '{steps[i].Name}' and '{steps[j].Name}' match the same events; a funnel's steps must be distinct.", "steps");
        if (window <= TimeSpan.Zero) throw new DomainException("The conversion window must be positive.", "window");
        Steps = steps;
        Window = window;
    }

    public IReadOnlyList<FunnelStep> Steps { get; }
    public TimeSpan Window { get; }

    public static FunnelDefinition Parse(IEnumerable<string> names, TimeSpan window) =>
        new([.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => FunnelSteps.Parse(n))], window);

    public static FunnelDefinition Default { get; } = Parse(FunnelSteps.DefaultNames, ConversionWindow.Default);
}
