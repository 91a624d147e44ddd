using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Funnels with ClickHouse <c>windowFunnel</c> semantics (default mode), in one DuckDB query over the chains of
/// <see cref="FunnelChainsSql"/>. The default funnel per user over whole China days reads the chains that started on
/// days the daily rollup holds from <c>rollup_funnel_starts</c> (<see cref="FunnelRollup"/>) and computes only the
/// other days' chains from the raw events.
/// </summary>
public sealed class FunnelQuery(AnalyticsStore store)
{
    public FunnelResult Run(FunnelRequest request)
    {
        using var connection = store.OpenConnection();
        // One snapshot: the rollup's state, its dirty marks and the events are read as of the same moment.
        using var transaction = connection.BeginTransaction();
        if (FunnelRollup.Answers(request) && FunnelRollup.Plan(connection, request.Period!) is { } plan)
            return Shape(request.Funnel, FunnelRollup.Read(connection, request.Funnel, plan));
        var (sql, parameters) = BuildSql(request);
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
        var parameters = new Dictionary<string, object?>();
        var events = "true";
        if (request.Period is { } period)
        {
            parameters["from"] = AnalyticsCommand.Micros(period.From);
            parameters["to"] = AnalyticsCommand.Micros(period.To);
            events = "occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to)";
        }
        var unit = request.Unit == FunnelUnit.Session ? "session_id" : FunnelRollup.UserUnit;
        var (groupExpr, groupJoin) = GroupOf(request, parameters);
        var chains = FunnelChainsSql.Build(request.Funnel, unit, events, "true", groupExpr, groupJoin, parameters);
        return ($"""
            WITH {chains}
            SELECT grp, step, count(*) AS units, median(us) / 1e6, avg(us) / 1e6 FROM reached GROUP BY grp, step ORDER BY grp, step
            """, parameters);
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
