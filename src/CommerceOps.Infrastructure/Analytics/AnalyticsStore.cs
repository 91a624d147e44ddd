using System.Globalization;
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
public sealed class AnalyticsStore : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _schemaLock = new();
    private readonly StorageOptions _storage;
    private readonly string _connectionString;
    private readonly BehaviourEventGroupCommit _ingestion;
    private bool _schemaReady;

    // One long-lived writer connection: it keeps the projector's temp tables alive between batches. Only used
    // under _writeLock.
    private DuckDBConnection? _writer;

    // Keeps the database instance open from the first connection on: when the last connection to the file closes,
    // DuckDB checkpoints and drops the instance, and the next open reads the catalog again (20–110 ms for the large
    // store), which a page that opens a connection per request paid every time.
    private DuckDBConnection? _instance;

    public AnalyticsStore(StorageOptions storage)
    {
        _storage = storage;
        _connectionString = storage.AnalyticsConnectionString;
        _ingestion = new BehaviourEventGroupCommit(this);
    }

    public string Path => _storage.AnalyticsPath;

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
            _writer ??= OpenConnection();
            return work(_writer);
        }
        catch
        {
            // A failed write may leave the connection unusable; the next writer starts from a fresh one.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Rewrites <c>behaviour_events</c> in time order, in one transaction. A live store appends events as they happen,
    /// so each row group covers a short span of time and DuckDB's zone maps skip all but a queried period's; a batch
    /// written out of order (the demo generator's sessions) loses that until it is rewritten.
    /// </summary>
    public Task SortBehaviourEventsByTimeAsync(CancellationToken cancellationToken) => WriteAsync(connection =>
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE behaviour_events_in_time_order ({AnalyticsSchema.BehaviourEventsColumns});
            INSERT INTO behaviour_events_in_time_order SELECT * FROM behaviour_events ORDER BY occurred_at;
            DROP TABLE behaviour_events;
            ALTER TABLE behaviour_events_in_time_order RENAME TO behaviour_events;
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
        return 0;
    }, cancellationToken);

    /// <summary>Writes what the WAL holds into the file, under the write lock (after a bulk load).</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken) =>
        WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "CHECKPOINT";
            return command.ExecuteNonQuery();
        }, cancellationToken);

    /// <summary>Appends behaviour events through DuckDB's appender, the fastest way in.</summary>
    public Task<int> AppendBehaviourEventsAsync(IEnumerable<BehaviourEvent> events, CancellationToken cancellationToken) =>
        WriteAsync(connection =>
        {
            var count = 0;
            var days = new HashSet<int>();
            using (var appender = connection.CreateAppender("behaviour_events"))
            foreach (var e in events)
            {
                days.Add(ChinaDay.Of(e.OccurredAt));
                int? pageLoadMs = e.Properties is not null && e.Properties.TryGetValue(BehaviourProperties.PageLoadMsKey, out var ms)
                    && int.TryParse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed : null;
                AppendBehaviourRow(appender, e.EventId, e.OccurredAt, e.Type, e.SessionId, e.CustomerId, e.AnonymousId, e.Channel,
                    e.Campaign, e.PageType, e.Sku, e.Province, e.City, e.Device, pageLoadMs,
                    e.Properties is { Count: > 0 } p ? JsonSerializer.Serialize(p) : null);
                count++;
            }
            // No enclosing transaction: a generated data set streams through here, and its appender commits as it flushes.
            RollupDirtyDays.MarkDays(connection, days);
            return count;
        }, cancellationToken);

    /// <summary>
    /// Appends events as the ingestion endpoint received them (already validated), without converting them first; the
    /// task completes once they are committed, together with other batches that were waiting (<see cref="BehaviourEventGroupCommit"/>).
    /// </summary>
    public Task<int> AppendBehaviourEventsAsync(IReadOnlyList<BehaviourEventInput> events, CancellationToken cancellationToken) =>
        _ingestion.AppendAsync(events, cancellationToken);

    internal static void AppendBehaviourRow(DuckDBAppender appender, BehaviourEventInput e) =>
        AppendBehaviourRow(appender, e.EventId!.Value, e.OccurredAt!.Value, e.Type!, e.SessionId!, e.CustomerId, e.AnonymousId,
            e.Channel!, e.Campaign, e.PageType, e.Sku, e.Province, e.City, e.Device, e.Properties?.PageLoadMs, e.Properties?.Json);

    private static void AppendBehaviourRow(
        DuckDBAppender appender, Guid eventId, DateTimeOffset occurredAt, string type, string sessionId, string? customerId,
        string? anonymousId, string channel, string? campaign, string? pageType, string? sku, string? province, string? city,
        string? device, int? pageLoadMs, string? propertiesJson) =>
        appender.CreateRow()
            .AppendValue(eventId)
            .AppendValue(occurredAt.UtcDateTime)
            .AppendValue(type)
            .AppendValue(sessionId)
            .AppendValue(customerId)
            .AppendValue(anonymousId)
            .AppendValue(channel)
            .AppendValue(campaign)
            .AppendValue(pageType)
            .AppendValue(sku)
            .AppendValue(province)
            .AppendValue(city)
            .AppendValue(device)
            .AppendValue(pageLoadMs)
            .AppendValue(propertiesJson)
            .EndRow();

    private void EnsureSchema(DuckDBConnection connection)
    {
        lock (_schemaLock)
        {
            if (_schemaReady) return;
            using var command = connection.CreateCommand();
            command.CommandText = AnalyticsSchema.Ddl + FunnelRollup.Schema;
            command.ExecuteNonQuery();
            _instance = new DuckDBConnection(_connectionString);
            _instance.Open();
            _schemaReady = true;
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _instance?.Dispose();
        _writeLock.Dispose();
    }
}
