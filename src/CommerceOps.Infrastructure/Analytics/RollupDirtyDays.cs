using System.Collections.Concurrent;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Every writer of the facts the rollups are built from (behaviour events, orders) marks the China days it changed,
/// in its own transaction, so queries read those days from the raw facts until the refresher has rolled them up again.
/// Only days up to the marking horizon need a mark — the rollup's last day, or the last day of a refresh in progress
/// (<see cref="DailyRollups"/>): later days are read raw anyway.
/// </summary>
internal static class RollupDirtyDays
{
    // The horizon per database file. Nearly every write (today's events and orders) is after it, so the writer skips
    // the marking statement without asking the database. It changes only under the store's write lock, where every
    // writer runs too, so no write can miss a raise.
    private static readonly ConcurrentDictionary<string, int> HorizonByDatabase = new();

    // Days this process saw committed in rollup_dirty_days, per database file, so ingestion (late events of yesterday
    // in every batch) skips the marking statement for them. Always a subset of the table: filled only after a commit
    // and emptied before the one statement that deletes marks (a refresh's snapshot), both under the write lock.
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> CommittedByDatabase = new();

    /// <summary>Marks the days of <paramref name="times"/>.</summary>
    public static void Mark(DuckDBConnection connection, IEnumerable<DateTimeOffset> times) => MarkDays(connection, times.Select(ChinaDay.Of));

    /// <summary>Marks <see cref="ChinaDay"/> numbers.</summary>
    public static void MarkDays(DuckDBConnection connection, IEnumerable<int> chinaDays)
    {
        var horizon = Horizon(connection);
        var days = chinaDays.Where(d => d <= horizon).Distinct().ToList();
        if (days.Count == 0) return;
        var parameters = days.Select((d, i) => ("d" + i, (object?)d)).ToDictionary(p => p.Item1, p => p.Item2);
        Insert(connection, $"SELECT * FROM (VALUES {string.Join(", ", parameters.Keys.Select(k => "($" + k + ")"))}) v(china_day)", parameters, horizon);
    }

    /// <summary>
    /// Marks the days of <paramref name="times"/> that are not known to be marked already and returns them: once the
    /// caller's transaction has committed it passes them to <see cref="RememberCommitted"/>.
    /// </summary>
    public static IReadOnlyCollection<int> MarkUnlessCommitted(DuckDBConnection connection, IEnumerable<DateTimeOffset> times)
    {
        var horizon = Horizon(connection);
        var committed = Committed(connection);
        var days = new HashSet<int>();
        foreach (var at in times)
        {
            var day = ChinaDay.Of(at);
            if (day <= horizon && !committed.ContainsKey(day)) days.Add(day);
        }
        if (days.Count > 0) MarkDays(connection, days);
        return days;
    }

    /// <summary>Notes days whose marks have committed (under the write lock).</summary>
    public static void RememberCommitted(DuckDBConnection connection, IReadOnlyCollection<int> days)
    {
        var committed = Committed(connection);
        foreach (var day in days) committed[day] = 0;
    }

    /// <summary>Forgets every committed mark (under the write lock, before marks are deleted).</summary>
    public static void ForgetCommitted(DuckDBConnection connection) => Committed(connection).Clear();

    private static ConcurrentDictionary<int, byte> Committed(DuckDBConnection connection) =>
        CommittedByDatabase.GetOrAdd(connection.DataSource, _ => new ConcurrentDictionary<int, byte>());

    /// <summary>Marks the days of <paramref name="timeColumn"/> in the rows <paramref name="from"/> selects (a FROM … WHERE … fragment).</summary>
    public static void MarkRows(DuckDBConnection connection, string timeColumn, string from, IReadOnlyDictionary<string, object?> parameters) =>
        Insert(connection, $"SELECT DISTINCT {ChinaDay.Of(timeColumn)} AS china_day {from}", parameters, Horizon(connection));

    /// <summary>Sets the horizon (under the store's write lock): raised before a refresh reads its snapshot, set to its last day once it has swapped in.</summary>
    public static void SetHorizon(DuckDBConnection connection, int lastDay) => HorizonByDatabase[connection.DataSource] = lastDay;

    /// <summary>The horizon; a process that has not refreshed yet starts from the rollup's last day (a refresh cut short left no rows behind).</summary>
    public static int Horizon(DuckDBConnection connection) => HorizonByDatabase.GetOrAdd(connection.DataSource, _ =>
    {
        using var command = AnalyticsCommand.Create(connection, "SELECT max(last_day) FROM rollup_state", new Dictionary<string, object?>());
        return command.ExecuteScalar() is int day ? day : int.MinValue;
    });

    private static void Insert(DuckDBConnection connection, string days, IReadOnlyDictionary<string, object?> parameters, int horizon)
    {
        using var command = AnalyticsCommand.Create(connection, $"""
            INSERT INTO rollup_dirty_days
            SELECT DISTINCT d.china_day FROM ({days}) d
            WHERE d.china_day <= $horizon
              AND d.china_day NOT IN (SELECT china_day FROM rollup_dirty_days)
            """, new Dictionary<string, object?>(parameters) { ["horizon"] = horizon });
        command.ExecuteNonQuery();
    }
}
