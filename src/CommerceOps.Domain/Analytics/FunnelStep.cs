namespace CommerceOps.Domain.Analytics;

/// <summary>
/// One step of a funnel and the behaviour events that count as reaching it. A step is either a page step
/// (home, list, product, cart, payment — the guide's path, matched by page views and the events that stand for them)
/// or a single event type (product_view, add_to_cart, purchase…). See docs/metrics.md.
/// </summary>
public sealed record FunnelStep(string Name, IReadOnlyList<EventPattern> Patterns)
{
    public bool Overlaps(FunnelStep other) => Patterns.Any(p => other.Patterns.Contains(p));
}

/// <summary>An event type, and for page views the page type (null: any event of that type).</summary>
public sealed record EventPattern(string Type, string? PageType = null);
