using System.Globalization;
using CommerceOps.Domain.Alerts.Diagnosis;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>
/// A rule's metric today so far against its baseline, and the drill-down that ranks breakdown values by how much of
/// the change they explain. Both are SQL over <see cref="AlertMetricSql"/>'s units. Definitions: docs/alerts.md.
/// </summary>
public sealed class AlertMetricQuery(AnalyticsStore store)
{
    public const int MaxExplanations = 10;

    /// <summary>The metric in today's window and in each baseline window, and the observation a rule compares.</summary>
    public MetricReading Read(AlertMetric metric, string? step, BaselineWindows windows)
    {
        var parameters = new Dictionary<string, object?>();
        var sql = AlertMetricSql.With(metric, step, [windows.Current, .. windows.Baseline], parameters) + """
            SELECT periods.p, COALESCE(sum(u.num), 0)::DOUBLE, COALESCE(sum(u.den), 0)::DOUBLE, count(u.p)
            FROM periods LEFT JOIN units u ON u.p = periods.p
            GROUP BY periods.p ORDER BY periods.p
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var windowsRead = new List<WindowTotals>();
        while (reader.Read())
            windowsRead.Add(new WindowTotals(reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3)));
        return MetricReading.From(metric, windowsRead);
    }

    /// <summary>Breakdown values ranked by score (share of the change beyond their share of volume), best first.</summary>
    public IReadOnlyList<DiagnosisExplanation> Explain(AlertMetric metric, string? step, BaselineWindows windows, int baselineWeeks)
    {
        if (baselineWeeks == 0) return [];
        var parameters = new Dictionary<string, object?> { ["weeks"] = (double)baselineWeeks, ["limit"] = MaxExplanations };
        var dimensions = string.Join(", ", AlertMetricSql.Breakdowns(metric).Select(d => $"('{d}')"));
        var valueOf = "CASE d.dimension " + string.Join(" ", AlertMetricSql.Breakdowns(metric).Select(d => $"WHEN '{d}' THEN u.{AlertMetricSql.BreakdownColumns[d]}")) + " END";
        var additive = metric.IsAdditive();
        var contribution = additive
            ? "COALESCE(g.cur_num, 0) - COALESCE(g.base_num, 0)"
            : "COALESCE(g.cur_num, 0) - COALESCE(g.cur_den, 0) * COALESCE(g.base_num / NULLIF(g.base_den, 0), t.base_rate, 0)";
        var volume = additive ? "g.base_num / NULLIF(t.base_num, 0)" : "g.cur_den / NULLIF(t.cur_den, 0)";
        var current = additive ? "g.cur_num" : "g.cur_num / NULLIF(g.cur_den, 0)";
        var baseline = additive ? "g.base_num" : "g.base_num / NULLIF(g.base_den, 0)";
        var sql = AlertMetricSql.With(metric, step, [windows.Current, .. windows.Baseline], parameters) + $"""
            ,
            t AS (
                SELECT sum(num) FILTER (WHERE p > 0) / NULLIF(sum(den) FILTER (WHERE p > 0), 0) AS base_rate,
                       sum(num) FILTER (WHERE p > 0) / $weeks AS base_num, sum(den) FILTER (WHERE p = 0) AS cur_den
                FROM units
            ),
            g AS (
                SELECT d.dimension, {valueOf} AS value,
                       sum(u.num) FILTER (WHERE u.p = 0) AS cur_num, sum(u.den) FILTER (WHERE u.p = 0) AS cur_den,
                       sum(u.num) FILTER (WHERE u.p > 0) / $weeks AS base_num, sum(u.den) FILTER (WHERE u.p > 0) / $weeks AS base_den
                FROM units u CROSS JOIN (VALUES {dimensions}) d(dimension)
                GROUP BY ALL
            ),
            c AS (
                SELECT g.dimension, g.value, {current} AS current, {baseline} AS baseline, COALESCE({(additive ? "g.cur_num" : "g.cur_den")}, 0) AS volume,
                       {contribution} AS contribution, COALESCE({volume}, 0) AS share_of_volume
                FROM g CROSS JOIN t
            ),
            s AS (
                SELECT *, contribution / NULLIF(sum(contribution) OVER (PARTITION BY dimension), 0) AS share_of_change FROM c
            )
            SELECT dimension, value, current, baseline, volume, contribution, share_of_change, share_of_volume, share_of_change - share_of_volume AS score
            FROM s
            WHERE share_of_change > 0
            ORDER BY score DESC, dimension, value
            LIMIT $limit
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<DiagnosisExplanation>();
        while (reader.Read())
            result.Add(new DiagnosisExplanation(reader.GetString(0), reader.GetString(1), AnalyticsCommand.NullableDouble(reader, 2),
                AnalyticsCommand.NullableDouble(reader, 3), Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture),
                Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8)));
        return result;
    }
}

/// <summary>A metric's numerator, denominator and unit count in one window.</summary>
public sealed record WindowTotals(double Num, double Den, long Units);

/// <summary>The windows as read (0 = today so far) and the observation a rule compares.</summary>
public sealed record MetricReading(IReadOnlyList<WindowTotals> Windows, MetricObservation Observation, int BaselineWeeks)
{
    /// <summary>
    /// Baseline = mean of the metric over the baseline windows that had any unit (a shop younger than four weeks, or a
    /// day without data, does not drag it to zero). Sample = the current denominator for rates; for counts the larger of
    /// today's units and the baseline's mean units, so a count falling to zero still has the sample it should have had.
    /// </summary>
    public static MetricReading From(AlertMetric metric, IReadOnlyList<WindowTotals> windows)
    {
        double? Value(WindowTotals w) => metric.IsAdditive() ? w.Num : w.Den > 0 ? w.Num / w.Den : null;
        var current = windows[0];
        var baselineDays = windows.Skip(1).Where(w => w.Units > 0).ToList();
        var baseline = BaselineWindows.Mean(baselineDays.Select(Value));
        var sample = metric.IsAdditive()
            ? Math.Max(current.Units, baselineDays.Count == 0 ? 0 : (long)Math.Round(baselineDays.Average(w => w.Units)))
            : (long)current.Den;
        return new MetricReading(windows, new MetricObservation(Value(current), baseline, sample), baselineDays.Count);
    }
}
