using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.Persistence;

public sealed class AnalyticsMemoryLimitTests : IDisposable
{
    private readonly TempFiles _files = new();

    [Theory]
    [InlineData(null, StorageOptions.DefaultAnalyticsMemoryLimit)]
    [InlineData("256MB", "256MB")]
    [InlineData("2GiB", "2GiB")]
    public void The_analytics_store_opens_duckdb_with_the_configured_memory_limit(string? configured, string expected)
    {
        using var store = new AnalyticsStore(StorageOptions.Resolve(Path.Combine(_files.Directory, "data"), null, configured));
        using var connection = store.OpenConnection();

        Assert.Equal(MemoryLimitAfterSetting(expected), MemoryLimit(connection));
        Assert.NotEqual(MemoryLimitAfterSetting("7GB"), MemoryLimit(connection));
    }

    [Fact]
    public void The_analytics_store_checkpoints_at_its_own_wal_threshold()
    {
        using var store = new AnalyticsStore(StorageOptions.Resolve(Path.Combine(_files.Directory, "data"), null));
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('checkpoint_threshold')";
        var threshold = (string)command.ExecuteScalar()!;

        using var defaults = new DuckDBConnection("Data Source=:memory:");
        defaults.Open();
        using var setting = defaults.CreateCommand();
        setting.CommandText = $"SET checkpoint_threshold = '{StorageOptions.AnalyticsCheckpointThreshold}'; SELECT current_setting('checkpoint_threshold')";
        Assert.Equal((string)setting.ExecuteScalar()!, threshold);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1GB;threads=64")]
    [InlineData("80%")]
    [InlineData("")]
    public void A_memory_limit_that_is_not_a_size_is_refused_with_the_setting_named(string configured)
    {
        var error = Assert.Throws<ArgumentException>(() => StorageOptions.Resolve(Path.Combine(_files.Directory, "data"), null, configured));
        Assert.Contains("Analytics:MemoryLimit", error.Message);
    }

    /// <summary>What DuckDB itself reports after <c>SET memory_limit</c>, so the comparison doesn't depend on its display format.</summary>
    private static string MemoryLimitAfterSetting(string size)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET memory_limit = '{size}'";
        command.ExecuteNonQuery();
        return MemoryLimit(connection);
    }

    private static string MemoryLimit(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('memory_limit')";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose() => _files.Dispose();
}
