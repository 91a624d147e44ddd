namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>
/// The funnel definition taken literally, by brute force: every chain from every step-1 event, every choice of next
/// event at or after the previous one and within the window from the step-1 event. Exponential, and obviously right.
/// </summary>
public static class ReferenceFunnel
{
    public sealed record Event(string Unit, string? Group, TimeSpan At, int Step);

    /// <summary>Per (group, unit): furthest step and, per step reached, the shortest time from a step-1 event.</summary>
    public static Dictionary<(string? Group, string Unit), (int Level, Dictionary<int, TimeSpan> Fastest)> Levels(IEnumerable<Event> events, TimeSpan window)
    {
        var result = new Dictionary<(string?, string), (int, Dictionary<int, TimeSpan>)>();
        foreach (var unitEvents in events.Where(e => e.Step > 0).GroupBy(e => e.Unit))
        {
            var list = unitEvents.ToList();
            foreach (var start in list.Where(e => e.Step == 1))
            {
                var key = (start.Group, start.Unit);
                if (!result.TryGetValue(key, out var entry)) result[key] = entry = (0, new Dictionary<int, TimeSpan>());
                var fastest = entry.Item2;
                var level = Walk(list, 1, start.At, start.At + window, start.At, fastest);
                result[key] = (Math.Max(entry.Item1, level), fastest);
            }
        }
        return result;
    }

    private static int Walk(List<Event> events, int step, TimeSpan previous, TimeSpan deadline, TimeSpan start, Dictionary<int, TimeSpan> fastest)
    {
        var elapsed = previous - start;
        if (!fastest.TryGetValue(step, out var best) || elapsed < best) fastest[step] = elapsed;
        var furthest = step;
        foreach (var next in events.Where(e => e.Step == step + 1 && e.At >= previous && e.At <= deadline))
            furthest = Math.Max(furthest, Walk(events, step + 1, next.At, deadline, start, fastest));
        return furthest;
    }
}
