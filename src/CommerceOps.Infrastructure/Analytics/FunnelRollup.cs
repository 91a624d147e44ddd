using System.Globalization;
using CommerceOps.Domain.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The default funnel's daily pre-aggregation, per user: <c>rollup_funnel_starts</c> holds, for each China day and
/// user, how far the chains that started on that day got and each step's fastest time from step 1. A chain ends
/// within the window (24 h) of its step-1 event, so a day's chains see only that day's and the next day's events:
/// the rollup holds start days up to the day before the GMV rollup's last day (<see cref="DailyRollups"/>, which
/// refreshes both), and a day a writer marked dirty spoils that day's and the previous day's chains. A period's
/// funnel is then each user's furthest step and fastest times over the held days (a max and a min per user), merged
/// with the chains of the other days computed from the raw events — the same answer as <see cref="FunnelQuery"/>
/// from raw events alone, since a chain belongs to exactly one start day.
/// </summary>
internal static class FunnelRollup
{
    /// <summary>The user of an event: the customer, else the anonymous visitor, else the session.</summary>
    public const string UserUnit = "COALESCE(customer_id, anonymous_id, session_id)";

    /// <summary>Start days computed per statement in a rebuild (bounds the memory of a first build over months of events).</summary>
    private const int DaysPerStatement = 7;

    private static readonly Dictionary<string, object?> NoParameters = [];

    private static int Steps => FunnelDefinition.Default.Steps.Count;

    private static IEnumerable<int> LaterSteps => Enumerable.Range(2, Steps - 1);

    /// <summary>The table's columns: the fastest microseconds to each step after the first (null: not reached).</summary>
    public static string Schema => $"""
        CREATE TABLE IF NOT EXISTS rollup_funnel_starts (
            china_day INTEGER NOT NULL,
            unit VARCHAR NOT NULL,
            reached UTINYINT NOT NULL,
            {string.Join(", ", LaterSteps.Select(k => $"us_{k} BIGINT"))}
        );
        CREATE TABLE IF NOT EXISTS rollup_funnel_state (
            last_start_day INTEGER NOT NULL
        );
        """;

    private static string UsColumns => string.Join(", ", LaterSteps.Select(k => $"us_{k}"));

    /// <summary>Whether the rollup can answer: the default funnel and window, per user, no breakdown, whole China days.</summary>
    public static bool Answers(FunnelRequest request) =>
        request.By is null && request.Unit == FunnelUnit.User && request.Period is { } period
        && ChinaDay.IsStart(period.From) && ChinaDay.IsStart(period.To) && period.To > period.From
        && request.Funnel.Window == FunnelDefinition.Default.Window
        && request.Funnel.Steps.Select(s => s.Name).SequenceEqual(FunnelDefinition.Default.Steps.Select(s => s.Name), StringComparer.Ordinal);

    /// <summary>Which of the period's start days come from the rollup and which from the raw events; null when the rollup holds none of them.</summary>
    public static FunnelRollupPlan? Plan(DuckDBConnection connection, AnalyticsPeriod period)
    {
        if (HeldThrough(connection) is not { } last) return null;
        var marked = new HashSet<int>();
        using (var command = AnalyticsCommand.Create(connection,
            "SELECT china_day FROM rollup_dirty_days UNION SELECT china_day FROM rollup_marks_in_refresh", NoParameters))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) marked.Add(reader.GetInt32(0));

        var first = ChinaDay.Of(period.From);
        var end = ChinaDay.Of(period.To); // exclusive
        // A day's chains may reach into the next day, so a start day is held only when the next day is in the period too.
        var rolled = Enumerable.Range(first, end - first)
            .Where(d => d <= last && d + 1 < end && !marked.Contains(d) && !marked.Contains(d + 1)).ToList();
        if (rolled.Count == 0) return null;
        var raw = Enumerable.Range(first, end - first).Except(rolled).ToList();
        return new FunnelRollupPlan(Runs(rolled), Runs(raw), end);
    }

    /// <summary>Units, median and average seconds from step 1, per step, for the plan's start days.</summary>
    public static List<(string? Group, int Step, long Units, double? Median, double? Average)> Read(DuckDBConnection connection, FunnelDefinition funnel, FunnelRollupPlan plan)
    {
        var parameters = new Dictionary<string, object?>();
        var chains = ChainsOf(funnel, plan.Raw, ChinaDay.StartOf(plan.EndDay), "''", parameters);
        var rolled = DaysIn(plan.Rolled, "r", parameters);
        var sql = $"""
            WITH {chains},
            per AS (
                SELECT unit, max(reached) AS reached, {string.Join(", ", LaterSteps.Select(k => $"min(us_{k}) AS us_{k}"))}
                FROM (
                    SELECT unit, reached, {UsColumns} FROM rollup_funnel_starts WHERE {rolled}
                    UNION ALL
                    SELECT unit, max(step), {string.Join(", ", LaterSteps.Select(k => $"min(us) FILTER (WHERE step = {k})"))} FROM reached GROUP BY unit
                ) GROUP BY unit
            )
            SELECT count(*), {string.Join(", ", LaterSteps.Select(k => $"count(us_{k}), median(us_{k}) / 1e6, avg(us_{k}) / 1e6"))} FROM per
            """;
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        reader.Read();
        var units = reader.GetInt64(0);
        var counts = new List<(string?, int, long, double?, double?)>();
        if (units > 0) counts.Add((null, 1, units, 0.0, 0.0));
        for (var k = 2; k <= Steps; k++)
        {
            var column = 1 + (k - 2) * 3;
            var reached = reader.GetInt64(column);
            if (reached > 0) counts.Add((null, k, reached, AnalyticsCommand.NullableDouble(reader, column + 1), AnalyticsCommand.NullableDouble(reader, column + 2)));
        }
        return counts;
    }

    /// <summary>
    /// On the refresh's snapshot, outside the write lock: <c>rollup_funnel_starts_next</c> holds every start day through
    /// the day before <paramref name="lastDay"/>, recomputing only the days not held yet and those the refresh's
    /// marks spoil.
    /// </summary>
    public static void Build(DuckDBConnection connection, int lastDay)
    {
        var lastStart = lastDay - 1;
        var days = new SortedSet<int>();
        if (HeldThrough(connection) is { } h)
        {
            for (var d = h + 1; d <= lastStart; d++) days.Add(d);
            using var command = AnalyticsCommand.Create(connection, "SELECT DISTINCT china_day FROM rollup_marks_in_refresh", NoParameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var marked = reader.GetInt32(0);
                foreach (var d in new[] { marked - 1, marked }) if (d <= Math.Min(h, lastStart)) days.Add(d);
            }
        }
        else
        {
            using var command = AnalyticsCommand.Create(connection, $"SELECT min({ChinaDay.Of("occurred_at")}) FROM behaviour_events", NoParameters);
            if (command.ExecuteScalar() is int firstDay)
                for (var d = firstDay; d <= lastStart; d++) days.Add(d);
        }

        AnalyticsCommand.Execute(connection, "CREATE OR REPLACE TEMP TABLE funnel_new_starts AS SELECT * FROM rollup_funnel_starts WHERE false", NoParameters);
        foreach (var run in Runs(days).SelectMany(SplitRun))
        {
            var parameters = new Dictionary<string, object?>();
            var chains = ChainsOf(FunnelDefinition.Default, [run], ChinaDay.StartOf(run.Last + 2), ChinaDay.Of("ev.t"), parameters);
            AnalyticsCommand.Execute(connection, $"""
                INSERT INTO funnel_new_starts
                SELECT * FROM (
                    WITH {chains}
                    SELECT grp, unit, max(step), {string.Join(", ", LaterSteps.Select(k => $"min(us) FILTER (WHERE step = {k})"))}
                    FROM reached GROUP BY grp, unit
                )
                """, parameters);
        }
        var keep = new Dictionary<string, object?> { ["last"] = lastStart };
        var recomputed = DaysIn(Runs(days), "d", keep);
        AnalyticsCommand.Execute(connection, $"""
            CREATE OR REPLACE TABLE rollup_funnel_starts_next AS
            SELECT * FROM (
                SELECT * FROM rollup_funnel_starts WHERE china_day <= $last AND NOT ({recomputed})
                UNION ALL
                SELECT * FROM funnel_new_starts
            ) ORDER BY china_day
            """, keep);
        AnalyticsCommand.Execute(connection, "DROP TABLE funnel_new_starts", NoParameters);
    }

    /// <summary>Under the write lock, in the swap's transaction.</summary>
    public static void SwapIn(DuckDBConnection writer, int lastDay)
    {
        AnalyticsCommand.Execute(writer, "DROP TABLE rollup_funnel_starts", NoParameters);
        AnalyticsCommand.Execute(writer, "ALTER TABLE rollup_funnel_starts_next RENAME TO rollup_funnel_starts", NoParameters);
        AnalyticsCommand.Execute(writer, "DELETE FROM rollup_funnel_state", NoParameters);
        AnalyticsCommand.Execute(writer, "INSERT INTO rollup_funnel_state VALUES ($last)", new Dictionary<string, object?> { ["last"] = lastDay - 1 });
    }

    /// <summary>The chains that start on the <paramref name="startDays"/>, from the events of those days and the next (up to <paramref name="end"/>).</summary>
    private static string ChainsOf(FunnelDefinition funnel, IReadOnlyList<DayRun> startDays, DateTimeOffset end, string group, Dictionary<string, object?> parameters)
    {
        var starts = startDays.Select(r => (ChinaDay.StartOf(r.First), ChinaDay.StartOf(r.Last + 1))).ToList();
        var events = startDays.Select(r => (ChinaDay.StartOf(r.First), Min(ChinaDay.StartOf(r.Last + 2), end))).ToList();
        return FunnelChainsSql.Build(funnel, UserUnit, FunnelChainsSql.InRanges("occurred_at", events, "e", parameters),
            FunnelChainsSql.InRanges("ev.t", starts, "s", parameters), group, "", parameters);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The last start day the table holds; null before its first build.</summary>
    private static int? HeldThrough(DuckDBConnection connection)
    {
        using var command = AnalyticsCommand.Create(connection, "SELECT max(last_start_day) FROM rollup_funnel_state", NoParameters);
        return command.ExecuteScalar() is int day ? day : null;
    }

    /// <summary>A predicate that <c>china_day</c> falls in one of the <paramref name="runs"/>, as parameters <c>${prefix}N…</c>.</summary>
    private static string DaysIn(IReadOnlyList<DayRun> runs, string prefix, Dictionary<string, object?> parameters) =>
        runs.Count == 0 ? "false" : string.Join(" OR ", runs.Select((r, i) =>
        {
            parameters[$"{prefix}{i}a"] = r.First;
            parameters[$"{prefix}{i}b"] = r.Last;
            return $"china_day BETWEEN ${prefix}{i}a AND ${prefix}{i}b";
        }));

    /// <summary>Consecutive days as runs.</summary>
    private static List<DayRun> Runs(IEnumerable<int> days)
    {
        var runs = new List<DayRun>();
        foreach (var day in days.Order())
        {
            if (runs.Count > 0 && runs[^1].Last == day - 1) runs[^1] = runs[^1] with { Last = day };
            else runs.Add(new DayRun(day, day));
        }
        return runs;
    }

    private static IEnumerable<DayRun> SplitRun(DayRun run)
    {
        for (var d = run.First; d <= run.Last; d += DaysPerStatement)
            yield return new DayRun(d, Math.Min(d + DaysPerStatement - 1, run.Last));
    }
}

/// <summary>Consecutive China days, both inclusive.</summary>
internal readonly record struct DayRun(int First, int Last);

/// <param name="Rolled">Start days read from the rollup.</param>
/// <param name="Raw">Start days computed from the raw events.</param>
/// <param name="EndDay">The period's end (exclusive): no event from this day counts.</param>
internal sealed record FunnelRollupPlan(IReadOnlyList<DayRun> Rolled, IReadOnlyList<DayRun> Raw, int EndDay);
