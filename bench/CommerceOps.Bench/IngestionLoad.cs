using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Bench;

/// <summary>
/// Behaviour-event ingestion: through <c>POST /api/v1/events</c> (bodies serialised before the clock starts) and,
/// as the baseline, DuckDB.NET's appender in this process into a fresh file with the same <c>behaviour_events</c> table.
/// </summary>
public static class IngestionLoad
{
    private const int WarmupBatches = 5;

    public static async Task<int> RunHttpAsync(Options options)
    {
        var url = options.LoopbackUrl();
        var credentials = DemoCredentials.Load(options.Require("data"));
        var workers = options.Int("workers", 2, 1, 64);
        var batches = options.Int("batches", 200, 1, 5_000);
        var size = options.Int("batch-size", 1_000, 1, 10_000);
        var duration = options.Int("duration", 120, 1, 600);

        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var bodies = Enumerable.Range(0, batches + WarmupBatches)
            .Select(_ => JsonSerializer.SerializeToUtf8Bytes(new { events = EventFactory.Batch(random, size, now) }, Api.Json))
            .ToArray();

        using var client = Api.CreateClient(url, workers, credentials.StorefrontApiKey);
        await Api.WaitForHealthAsync(client, TimeSpan.FromSeconds(60));
        for (var i = 0; i < WarmupBatches; i++) await PostAsync(client, bodies[i], size);

        var next = WarmupBatches - 1;
        long accepted = 0;
        var failures = 0;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(duration));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while (!cts.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < bodies.Length && Volatile.Read(ref failures) < 10)
            {
                var n = await PostAsync(client, bodies[i], size);
                if (n < 0) Interlocked.Increment(ref failures);
                else Interlocked.Add(ref accepted, n);
            }
        })));
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        return Report(options, new
        {
            benchmark = "ingest-http",
            workers,
            batchSize = size,
            events = accepted,
            seconds = Math.Round(elapsed, 2),
            eventsPerSecond = Math.Round(accepted / elapsed, 0),
            failedBatches = failures,
        }, accepted > 0 && failures == 0);
    }

    private static async Task<int> PostAsync(HttpClient client, byte[] body, int expected)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/v1/events", content);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            Console.Error.WriteLine($"bench: events batch failed: {await Api.DescribeAsync(response)}");
            return -1;
        }
        var accepted = (await Api.ReadJsonAsync(response))?["accepted"]?.GetValue<int>() ?? -1;
        if (accepted != expected) Console.Error.WriteLine($"bench: batch of {expected} answered accepted={accepted}");
        return accepted;
    }

    public static int RunRaw(Options options)
    {
        var dir = options.Require("dir");
        var batches = options.Int("batches", 200, 1, 5_000);
        var size = options.Int("batch-size", 1_000, 1, 10_000);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "raw-appender.duckdb");
        foreach (var f in new[] { file, file + ".wal" }) if (File.Exists(f)) File.Delete(f);

        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        // Rows in column form before the clock starts: the baseline is the appender alone.
        var data = Enumerable.Range(0, batches + WarmupBatches)
            .Select(_ => EventFactory.Batch(random, size, now).Select(Row.From).ToList()).ToArray();

        // The server's own DuckDB settings (memory cap, checkpoint threshold), so both sides pay the same checkpoints.
        using var connection = new DuckDBConnection(
            $"Data Source={file};memory_limit={StorageOptions.DefaultAnalyticsMemoryLimit};checkpoint_threshold={StorageOptions.AnalyticsCheckpointThreshold}");
        connection.Open();
        using (var ddl = connection.CreateCommand())
        {
            ddl.CommandText = AnalyticsSchema.Ddl;
            ddl.ExecuteNonQuery();
        }
        for (var i = 0; i < WarmupBatches; i++) Append(connection, data[i]);

        long appended = 0;
        var stopwatch = Stopwatch.StartNew();
        // Each commit is durable in the WAL, as each HTTP batch is when it is answered; the automatic checkpoints fall
        // in the timed window on both sides (run enough batches to pass several).
        for (var i = WarmupBatches; i < data.Length; i++) appended += Append(connection, data[i]);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        return Report(options, new
        {
            benchmark = "ingest-raw",
            batchSize = size,
            events = appended,
            seconds = Math.Round(elapsed, 2),
            eventsPerSecond = Math.Round(appended / elapsed, 0),
        }, appended > 0);
    }

    /// <summary>A <c>behaviour_events</c> row: the event plus its derived columns.</summary>
    private sealed record Row(BehaviourEvent Event, int? PageLoadMs, string? Properties)
    {
        public static Row From(BehaviourEvent e) => new(e,
            e.Properties is not null && e.Properties.TryGetValue("page_load_ms", out var ms)
                && int.TryParse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
            e.Properties is { Count: > 0 } p ? JsonSerializer.Serialize(p) : null);
    }

    /// <summary>One appender per batch, as a batch endpoint would; the row shape of <c>behaviour_events</c>.</summary>
    private static int Append(DuckDBConnection connection, List<Row> batch)
    {
        using var appender = connection.CreateAppender("behaviour_events");
        foreach (var row in batch)
        {
            var e = row.Event;
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
                .AppendValue(row.PageLoadMs)
                .AppendValue(row.Properties)
                .EndRow();
        }
        return batch.Count;
    }

    private static int Report(Options options, object result, bool ok)
    {
        var json = JsonSerializer.Serialize(result, Api.Json);
        Console.WriteLine(json);
        if (options.Get("out") is { } outFile) File.WriteAllText(outFile, json);
        return ok ? 0 : 1;
    }
}
