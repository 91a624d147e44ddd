using System.Text.Json;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The DuckDB analytics file in the data directory. DuckDB lets one process open a file for writing; within
/// the process, connections share one database instance, and writers (projector, ingestion) take turns
/// through <see cref="WriteAsync{T}"/> so their transactions never conflict.
/// </summary>
public sealed class AnalyticsStore(StorageOptions storage) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _connectionString = $"Data Source={storage.AnalyticsPath}";
    private bool _schemaReady;

    public string Path => storage.AnalyticsPath;

    /// <summary>An open connection for reading (analytics queries). Dispose it when done.</summary>
    public DuckDBConnection OpenConnection()
    {
        var connection = new DuckDBConnection(_connectionString);
        connection.Open();
        if (!_schemaReady) EnsureSchema(connection);
        return connection;
    }

    public async Task<T> WriteAsync<T>(Func<DuckDBConnection, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var connection = OpenConnection();
            return work(connection);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Appends behaviour events through DuckDB's appender, the fastest way in.</summary>
    public Task<int> AppendBehaviourEventsAsync(IEnumerable<BehaviourEvent> events, CancellationToken cancellationToken) =>
        WriteAsync(connection =>
        {
            var count = 0;
            using var appender = connection.CreateAppender("behaviour_events");
            foreach (var e in events)
            {
                int? pageLoadMs = e.Properties is not null && e.Properties.TryGetValue("page_load_ms", out var ms)
                    && int.TryParse(ms, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                    ? parsed : null;
                appender.CreateRow()
                    .AppendValue(e.EventId)
                    .AppendValue(e.OccurredAt.UtcDateTime)
                    .AppendValue(e.Type)
                    .AppendValue(e.SessionId)
                    .AppendValue(e.CustomerId)
                    .AppendValue(e.AnonymousId)
                    .AppendValue(e.Channel)
                    .AppendValue(e.Campaign)
                    .AppendValue(e.PageType)
                    .AppendValue(e.Sku)
                    .AppendValue(e.Province)
                    .AppendValue(e.City)
                    .AppendValue(e.Device)
                    .AppendValue(pageLoadMs)
                    .AppendValue(e.Properties is { Count: > 0 } p ? JsonSerializer.Serialize(p) : null)
                    .EndRow();
                count++;
            }
            return count;
        }, cancellationToken);

    private void EnsureSchema(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = AnalyticsSchema.Ddl;
        command.ExecuteNonQuery();
        _schemaReady = true;
    }

    public void Dispose() => _writeLock.Dispose();
}
