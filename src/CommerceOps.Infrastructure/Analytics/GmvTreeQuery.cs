using System.Globalization;
using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The GMV tree (GMV = visitors × conversion × average order value, plus repurchase rate) for a period and its
/// comparison periods, all in one scan of each fact table (see <see cref="GmvTreeSql"/>), and GROUPING SETS give the
/// shop total and the breakdown together. The shop total without a breakdown reads the daily rollup instead when it
/// can (<see cref="GmvTreeRollupSql"/>, <see cref="DailyRollups"/>). Definitions: docs/metrics.md.
/// </summary>
public sealed class GmvTreeQuery(AnalyticsStore store)
{
    public GmvTree Run(GmvTreeRequest request)
    {
        var comparisons = request.Comparisons ?? GmvComparisons.All;
        var periods = new List<AnalyticsPeriod> { request.Period };
        foreach (var p in comparisons.SelectMany(c => c.BaselinePeriods(request.Period)))
            if (!periods.Contains(p)) periods.Add(p);

        var (factors, rollup) = Load(periods, request.By);
        GmvNode Node(string? group)
        {
            GmvFactors Of(AnalyticsPeriod p) => factors.GetValueOrDefault((periods.IndexOf(p), group)) ?? new GmvFactors(0, 0, 0, 0, 0);
            var current = Of(request.Period);
            return new GmvNode(group, current, [.. comparisons.Select(c =>
            {
                var baselinePeriods = c.BaselinePeriods(request.Period);
                var baseline = GmvFactors.Mean([.. baselinePeriods.Select(Of)]);
                return new GmvComparisonResult(c, baselinePeriods, baseline, GmvDecomposition.Between(baseline, current));
            })]);
        }

        var groups = factors.Keys.Where(k => k.Group is not null).Select(k => k.Group!).Distinct().Order(StringComparer.Ordinal);
        return new GmvTree(request.Period, request.By, Node(null), request.By is null ? [] : [.. groups.Select(Node)], rollup);
    }

    /// <summary>Factors per (period index, group); group null is the shop total.</summary>
    private (Dictionary<(int Period, string? Group), GmvFactors>, GmvRollupUse?) Load(IReadOnlyList<AnalyticsPeriod> periods, BreakdownDimension? by)
    {
        var segments = new PeriodSegments(periods);
        using var connection = store.OpenConnection();
        // One snapshot: the rollup's state, its dirty marks and the facts are read as of the same moment.
        using var transaction = connection.BeginTransaction();
        var rollup = by is null ? UsableRollup(connection, periods) : null;
        var (sql, parameters) = rollup is not null
            ? GmvTreeRollupSql.Build(segments, periods, ChinaDay.Of(AnalyticsPeriod.StartOf(rollup.Through)))
            : (GmvTreeSql.Build(segments, by), segments.Parameters());
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<(int, string?), GmvFactors>();
        while (reader.Read())
        {
            var key = (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
            result[key] = new GmvFactors(Dec(reader, 2), Dec(reader, 3), Dec(reader, 4), Dec(reader, 5), Dec(reader, 6));
        }
        return (result, rollup);
    }

    /// <summary>
    /// The rollup's last day when it can answer for these periods: they start and end at China midnights, the
    /// rollup holds their first day, and no day from there to its last is marked dirty. Null: read the raw facts.
    /// </summary>
    private static GmvRollupUse? UsableRollup(DuckDB.NET.Data.DuckDBConnection connection, IReadOnlyList<AnalyticsPeriod> periods)
    {
        if (!periods.All(p => ChinaDay.IsStart(p.From) && ChinaDay.IsStart(p.To))) return null;
        using var command = AnalyticsCommand.Create(connection, """
            SELECT s.last_day, CAST(epoch_us(s.refreshed_at) AS BIGINT) FROM rollup_state s
            WHERE s.last_day >= $first
              AND NOT EXISTS (SELECT 1 FROM rollup_dirty_days d WHERE d.china_day >= $first AND d.china_day <= s.last_day)
              AND NOT EXISTS (SELECT 1 FROM rollup_marks_in_refresh d WHERE d.china_day >= $first AND d.china_day <= s.last_day)
            """, new Dictionary<string, object?> { ["first"] = periods.Min(p => ChinaDay.Of(p.From)) });
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new GmvRollupUse(ChinaDay.DateOf(reader.GetInt32(0)), DateTimeOffset.UnixEpoch.AddTicks(reader.GetInt64(1) * TimeSpan.TicksPerMicrosecond))
            : null;
    }

    private static decimal Dec(DuckDB.NET.Data.DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
