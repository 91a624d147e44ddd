using System.Globalization;
using System.Text;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Funnels with ClickHouse <c>windowFunnel</c> semantics (default mode), in one DuckDB query. For a fixed step-1
/// event the best chain takes, at every step, the earliest matching event at or after the previous step's time
/// (taking a later one never leaves more room), so each chain is a series of ASOF joins; a unit's furthest step is
/// the furthest any of its chains gets within the window (inclusive) from that chain's step-1 event.
/// </summary>
public sealed class FunnelQuery(AnalyticsStore store)
{
    public FunnelResult Run(FunnelRequest request)
    {
        var (sql, parameters) = BuildSql(request);
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var counts = new List<(string? Group, int Step, long Units, double? Median, double? Average)>();
        while (reader.Read())
            counts.Add((request.By is null ? null : reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2),
                AnalyticsCommand.NullableDouble(reader, 3), AnalyticsCommand.NullableDouble(reader, 4)));
        return Shape(request.Funnel, counts);
    }

    /// <summary>Every group gets every step (zeros included), with conversion and loss between steps.</summary>
    private static FunnelResult Shape(FunnelDefinition funnel, List<(string? Group, int Step, long Units, double? Median, double? Average)> counts)
    {
        var rows = new List<FunnelStepResult>();
        var groups = counts.Select(c => c.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        if (groups.Count == 0) groups.Add(null);
        foreach (var group in groups)
        {
            var byStep = counts.Where(c => c.Group == group).ToDictionary(c => c.Step);
            long first = 0, previous = 0;
            for (var step = 1; step <= funnel.Steps.Count; step++)
            {
                var found = byStep.TryGetValue(step, out var c);
                var units = found ? c.Units : 0;
                if (step == 1) first = previous = units;
                rows.Add(new FunnelStepResult(group, step, funnel.Steps[step - 1].Name, units, previous - units,
                    previous == 0 ? null : (double)units / previous, first == 0 ? null : (double)units / first,
                    found ? c.Median : null, found ? c.Average : null));
                previous = units;
            }
        }
        return new FunnelResult(rows);
    }

    internal static (string Sql, Dictionary<string, object?> Parameters) BuildSql(FunnelRequest request)
    {
        var funnel = request.Funnel;
        var parameters = new Dictionary<string, object?> { ["window"] = (long)(funnel.Window.Ticks / TimeSpan.TicksPerMicrosecond) };
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

        var where = new StringBuilder($"type IN ({typeList})");
        if (request.Period is { } period)
        {
            parameters["from"] = AnalyticsCommand.Micros(period.From);
            parameters["to"] = AnalyticsCommand.Micros(period.To);
            where.Append(" AND occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to)");
        }
        var unit = request.Unit == FunnelUnit.Session ? "session_id" : "COALESCE(customer_id, anonymous_id, session_id)";
        var (groupExpr, groupJoin) = GroupOf(request, parameters);

        var sql = new StringBuilder($"""
            WITH ev AS (
                SELECT {unit} AS unit, occurred_at AS t, {stepCase} AS step, channel, province, device, sku, customer_id
                FROM behaviour_events WHERE {where}
            ),
            c1 AS (SELECT ev.unit, {groupExpr} AS grp, ev.t AS t1, ev.t AS tk FROM ev {groupJoin} WHERE ev.step = 1)
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
            $"    SELECT {k} AS step, grp, unit, min(epoch(tk) - epoch(t1)) AS seconds FROM c{k} GROUP BY grp, unit"));
        sql.Append("""

            )
            SELECT grp, step, count(*) AS units, median(seconds), avg(seconds) FROM reached GROUP BY grp, step ORDER BY grp, step
            """);
        return (sql.ToString(), parameters);
    }

    /// <summary>The breakdown value of a chain: from its step-1 event (and for category, that event's SKU).</summary>
    private static (string Expression, string Join) GroupOf(FunnelRequest request, Dictionary<string, object?> parameters)
    {
        switch (request.By)
        {
            case null: return ("''", "");
            case BreakdownDimension.Channel: return ("ev.channel", "");
            case BreakdownDimension.Province: return ("COALESCE(ev.province, 'unknown')", "");
            case BreakdownDimension.Device: return ("COALESCE(ev.device, 'unknown')", "");
            case BreakdownDimension.Category:
                return ("COALESCE(cat.category, 'unknown')", $"LEFT JOIN ({SkuCategories.Sql}) cat ON cat.sku = ev.sku");
            case BreakdownDimension.VisitorType:
                parameters["first_day"] = AnalyticsCommand.Micros(request.Period?.From ?? DateTimeOffset.MaxValue);
                return ("CASE WHEN known.customer_code IS NULL THEN 'new' ELSE 'returning' END",
                    "LEFT JOIN (SELECT DISTINCT customer_code FROM fact_orders WHERE placed_at < make_timestamptz($first_day)) known ON known.customer_code = ev.customer_id");
            default: throw new ArgumentOutOfRangeException(nameof(request), request.By, null);
        }
    }
}
