namespace CommerceOps.Bench;

/// <summary>Latencies in milliseconds, merged from the workers after the run.</summary>
public sealed class Latencies
{
    private readonly List<double> _values = [];

    public void Add(double ms) => _values.Add(ms);

    public int Count => _values.Count;

    public static Latencies Merge(IEnumerable<Latencies> parts)
    {
        var merged = new Latencies();
        foreach (var p in parts) merged._values.AddRange(p._values);
        merged._values.Sort();
        return merged;
    }

    /// <summary>Nearest-rank percentile of the (sorted, merged) values.</summary>
    public double? Percentile(double p)
    {
        if (_values.Count == 0) return null;
        var rank = (int)Math.Ceiling(p / 100.0 * _values.Count);
        return Math.Round(_values[Math.Clamp(rank - 1, 0, _values.Count - 1)], 2);
    }
}
