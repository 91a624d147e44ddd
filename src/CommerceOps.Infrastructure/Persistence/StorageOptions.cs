namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Where data lives. The data directory always holds the DuckDB analytics file and, unless a PostgreSQL
/// connection string is given, the embedded SQLite database.
/// </summary>
public sealed class StorageOptions
{
    public const string SqliteFileName = "commerce.db";
    public const string AnalyticsFileName = "analytics.duckdb";

    public required string DataDirectory { get; init; }

    /// <summary>A PostgreSQL connection string (<c>ConnectionStrings__Commerce</c>); null means embedded SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string SqlitePath => Path.Combine(DataDirectory, SqliteFileName);

    public string AnalyticsPath => Path.Combine(DataDirectory, AnalyticsFileName);

    public string SqliteConnectionString => $"Data Source={SqlitePath};Pooling=True;Default Timeout=30";

    /// <summary>Resolves the data directory from, in order: an explicit value, COMMERCEOPS_DATA, ./data.</summary>
    public static StorageOptions Resolve(string? dataDirectory, string? postgresConnectionString)
    {
        var dir = dataDirectory;
        if (string.IsNullOrWhiteSpace(dir)) dir = Environment.GetEnvironmentVariable("COMMERCEOPS_DATA");
        if (string.IsNullOrWhiteSpace(dir)) dir = "data";
        dir = Path.GetFullPath(dir);
        Directory.CreateDirectory(dir);
        return new StorageOptions { DataDirectory = dir, PostgresConnectionString = postgresConnectionString };
    }
}
