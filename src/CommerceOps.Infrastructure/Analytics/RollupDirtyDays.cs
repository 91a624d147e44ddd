using System.Collections.Concurrent;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Every writer of the facts the rollups are built from (behaviour events, orders) marks the China days it changed,
/// in its own transaction, so queries read those days from the raw facts until the refresher has rolled them up again.
/// Only days the rollup already holds (up to its last day) need a mark: later days are read raw anyway.
/// </summary>
internal static class RollupDirtyDays
{
    // The rollup's last day per database file. Nearly every write (today's events and orders) is after it, so the
    // writer can skip the marking statement without asking the database. Every change of rollup_state goes through
    // RolledUpThrough under the store's write lock, like the writers, so no write can see an old value.
    private static readonly ConcurrentDictionary<string, int> LastDayByDatabase = new();

    /// <summary>Marks the days of <paramref name="times"/>.</summary>
    public static void Mark(DuckDBConnection connection, IEnumerable<DateTimeOffset> times) => MarkDays(connection, times.Select(ChinaDay.Of));

    /// <summary>Marks <see cref="ChinaDay"/> numbers.</summary>
    public static void MarkDays(DuckDBConnection connection, IEnumerable<int> chinaDays)
    {
        var days = chinaDays.Distinct().ToList();
        if (days.Count == 0 || days.Min() > LastDay(connection)) return;
        var parameters = days.Select((d, i) => ("d" + i, (object?)d)).ToDictionary(p => p.Item1, p => p.Item2);
        Insert(connection, $"SELECT * FROM (VALUES {string.Join(", ", parameters.Keys.Select(k => "($" + k + ")"))}) v(china_day)", parameters);
    }

    /// <summary>Marks the days of <paramref name="timeColumn"/> in the rows <paramref name="from"/> selects (a FROM … WHERE … fragment).</summary>
    public static void MarkRows(DuckDBConnection connection, string timeColumn, string from, IReadOnlyDictionary<string, object?> parameters) =>
        Insert(connection, $"SELECT DISTINCT {ChinaDay.Of(timeColumn)} AS china_day {from}", parameters);

    /// <summary>Records the rollup's new last day once its refresh has committed (under the store's write lock).</summary>
    public static void RolledUpThrough(DuckDBConnection connection, int lastDay) => LastDayByDatabase[connection.DataSource] = lastDay;

    private static int LastDay(DuckDBConnection connection) => LastDayByDatabase.GetOrAdd(connection.DataSource, _ =>
    {
        using var command = AnalyticsCommand.Create(connection, "SELECT max(last_day) FROM rollup_state", new Dictionary<string, object?>());
        return command.ExecuteScalar() is int day ? day : int.MinValue;
    });

    private static void Insert(DuckDBConnection connection, string days, IReadOnlyDictionary<string, object?> parameters)
    {
        using var command = AnalyticsCommand.Create(connection, $"""
            INSERT INTO rollup_dirty_days
            SELECT DISTINCT d.china_day FROM ({days}) d
            WHERE d.china_day <= (SELECT max(last_day) FROM rollup_state)
              AND d.china_day NOT IN (SELECT china_day FROM rollup_dirty_days)
            """, parameters);
        command.ExecuteNonQuery();
    }
}
