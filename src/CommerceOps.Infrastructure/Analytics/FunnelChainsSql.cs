using System.Globalization;
using System.Text;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The CTEs of ClickHouse <c>windowFunnel</c> chains (default mode), shared by the funnel query and the funnel's daily
/// rollup. For a fixed step-1 event the best chain takes, at every step, the earliest matching event at or after the
/// previous step's time (taking a later one never leaves more room), so each chain is a series of ASOF joins; a
/// unit's furthest step is the furthest any of its chains gets within the window (inclusive) from that chain's step-1
/// event. Ends with <c>reached(step, grp, unit, us)</c>: each (group, unit) that reached a step, with its fastest
/// chain's microseconds from step 1.
/// </summary>
internal static class FunnelChainsSql
{
    /// <param name="events">A predicate on <c>behaviour_events</c> beside the step types (e.g. the period).</param>
    /// <param name="starts">A predicate on <c>ev.t</c> for the step-1 events that may start a chain.</param>
    /// <param name="group">The chain's group, from its step-1 event <c>ev</c> (and <paramref name="groupJoin"/>).</param>
    public static string Build(FunnelDefinition funnel, string unit, string events, string starts, string group, string groupJoin,
        Dictionary<string, object?> parameters)
    {
        parameters["window"] = (long)(funnel.Window.Ticks / TimeSpan.TicksPerMicrosecond);
        var stepCase = new StringBuilder("CASE");
        var types = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < funnel.Steps.Count; i++)
        {
            for (var j = 0; j < funnel.Steps[i].Patterns.Count; j++)
            {
                var pattern = funnel.Steps[i].Patterns[j];
                var name = $"s{i}p{j}";
                parameters[name + "t"] = pattern.Type;
                types.Add(pattern.Type);
                stepCase.Append(CultureInfo.InvariantCulture, $" WHEN type = ${name}t");
                if (pattern.PageType is not null)
                {
                    parameters[name + "p"] = pattern.PageType;
                    stepCase.Append(CultureInfo.InvariantCulture, $" AND page_type = ${name}p");
                }
                stepCase.Append(CultureInfo.InvariantCulture, $" THEN {i + 1}");
            }
        }
        stepCase.Append(" END");
        var typeList = string.Join(", ", types.Select((t, i) =>
        {
            parameters["type" + i] = t;
            return "$type" + i;
        }));

        var sql = new StringBuilder($"""
            ev AS (
                SELECT {unit} AS unit, occurred_at AS t, {stepCase} AS step, channel, province, device, sku, customer_id
                FROM behaviour_events WHERE type IN ({typeList}) AND ({events})
            ),
            c1 AS (SELECT ev.unit, {group} AS grp, ev.t AS t1, ev.t AS tk FROM ev {groupJoin} WHERE ev.step = 1 AND ({starts}))
            """);
        for (var k = 2; k <= funnel.Steps.Count; k++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                ,
                c{k} AS (
                    SELECT c.unit, c.grp, c.t1, x.t AS tk
                    FROM c{k - 1} c ASOF JOIN (SELECT unit, t FROM ev WHERE step = {k}) x ON c.unit = x.unit AND c.tk <= x.t
                    WHERE x.t <= c.t1 + to_microseconds($window)
                )
                """);
        }
        sql.Append(",\nreached AS (\n");
        sql.AppendJoin("\n    UNION ALL\n", Enumerable.Range(1, funnel.Steps.Count).Select(k =>
            $"    SELECT {k} AS step, grp, unit, min(epoch_us(tk) - epoch_us(t1)) AS us FROM c{k} GROUP BY grp, unit"));
        sql.Append("\n)");
        return sql.ToString();
    }

    /// <summary>A predicate that <paramref name="column"/> falls in one of the (start, end) ranges, as parameters <c>${prefix}N</c>.</summary>
    public static string InRanges(string column, IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> ranges, string prefix, Dictionary<string, object?> parameters)
    {
        if (ranges.Count == 0) return "false";
        return string.Join(" OR ", ranges.Select((r, i) =>
        {
            parameters[$"{prefix}{i}a"] = AnalyticsCommand.Micros(r.From);
            parameters[$"{prefix}{i}b"] = AnalyticsCommand.Micros(r.To);
            return $"({column} >= make_timestamptz(${prefix}{i}a) AND {column} < make_timestamptz(${prefix}{i}b))";
        }));
    }
}
