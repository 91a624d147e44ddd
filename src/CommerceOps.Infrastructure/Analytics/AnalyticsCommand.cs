using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>A DuckDB command with named parameters (<c>$name</c> in the SQL): values never enter the SQL text.</summary>
internal static class AnalyticsCommand
{
    public static DuckDBCommand Create(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public static void Execute(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        using var command = Create(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>Timestamps go in as microseconds since the epoch (UTC), so no time-zone conversion happens in the database.</summary>
    public static long Micros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static double? NullableDouble(DuckDBDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
