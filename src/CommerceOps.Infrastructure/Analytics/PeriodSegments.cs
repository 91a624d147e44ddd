using System.Globalization;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Cuts a set of (possibly overlapping) periods at all their boundaries into segments that do not overlap, so one scan
/// can label every row with its segment (a CASE over parameters) and reach its periods through an equality join with
/// a tiny table. A range join of tens of millions of rows against the periods would sort both sides instead.
/// </summary>
internal sealed class PeriodSegments
{
    private readonly IReadOnlyList<AnalyticsPeriod> _periods;
    private readonly List<DateTimeOffset> _boundaries;

    public PeriodSegments(IReadOnlyList<AnalyticsPeriod> periods)
    {
        _periods = periods;
        _boundaries = [.. periods.SelectMany(p => new[] { p.From, p.To }).Distinct().Order()];
    }

    /// <summary>The parameters the fragments below use: <c>$min</c>, <c>$max</c> (the whole range), the inner boundaries and each period's start.</summary>
    public Dictionary<string, object?> Parameters()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["min"] = AnalyticsCommand.Micros(_boundaries[0]),
            ["max"] = AnalyticsCommand.Micros(_boundaries[^1]),
        };
        for (var b = 1; b < _boundaries.Count - 1; b++) parameters["b" + b] = AnalyticsCommand.Micros(_boundaries[b]);
        for (var i = 0; i < _periods.Count; i++) parameters["f" + i] = AnalyticsCommand.Micros(_periods[i].From);
        return parameters;
    }

    /// <summary>The segment number of a timestamp column already limited to [<c>$min</c>, <c>$max</c>).</summary>
    public string SegmentOf(string column)
    {
        var inner = _boundaries.Count - 2;
        if (inner <= 0) return "0";
        var whens = Enumerable.Range(1, inner).Select(b => string.Create(CultureInfo.InvariantCulture, $"WHEN {column} < make_timestamptz($b{b}) THEN {b - 1}"));
        return string.Create(CultureInfo.InvariantCulture, $"CASE {string.Join(" ", whens)} ELSE {inner} END");
    }

    /// <summary>Rows (segment, period index, period start) of every segment inside a period: the <c>VALUES</c> of a table <c>(s, p, f)</c>.</summary>
    public string SegmentPeriodValues()
    {
        var rows = new List<string>();
        for (var s = 0; s < _boundaries.Count - 1; s++)
            for (var i = 0; i < _periods.Count; i++)
                if (_periods[i].From <= _boundaries[s] && _boundaries[s + 1] <= _periods[i].To)
                    rows.Add(string.Create(CultureInfo.InvariantCulture, $"({s}, {i}, make_timestamptz($f{i}))"));
        // Periods of length zero contain no segment; a row no segment number matches keeps the VALUES well-formed.
        return rows.Count > 0 ? string.Join(", ", rows) : "(-1, 0, make_timestamptz($min))";
    }
}
