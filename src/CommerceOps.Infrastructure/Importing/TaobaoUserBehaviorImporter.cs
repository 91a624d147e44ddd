using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// Imports the Tianchi UserBehavior data set (no header; <c>user_id,item_id,category_id,behavior_type,timestamp</c>,
/// unix seconds) as behaviour events, streamed through the DuckDB appender inside one transaction: a bad row is
/// reported with its line number and the whole file is rolled back, so nothing is half-imported.
/// The data set has no sessions, channels or places: a session is a user's China-time day, the channel "unknown",
/// the category goes into the properties. See docs/import-formats.md.
/// </summary>
public sealed class TaobaoUserBehaviorImporter(AnalyticsStore store)
{
    public const int MaxReportedProblems = 20;
    public const string Channel = "unknown";

    private static readonly Dictionary<string, string> Behaviours = new(StringComparer.Ordinal)
    {
        ["pv"] = BehaviourEventTypes.ProductView,
        ["cart"] = BehaviourEventTypes.AddToCart,
        ["fav"] = BehaviourEventTypes.Favorite,
        ["buy"] = BehaviourEventTypes.Purchase,
    };

    // 2000-01-01 to 2100-01-01: anything else is a broken timestamp, not a behaviour.
    private const long EarliestSeconds = 946_684_800, LatestSeconds = 4_102_444_800;

    public Task<TaobaoImportSummary> ImportAsync(string path, IProgress<long>? bytesRead, CancellationToken cancellationToken) =>
        store.WriteAsync(connection => Import(connection, path, bytesRead, cancellationToken), cancellationToken);

    private static TaobaoImportSummary Import(DuckDBConnection connection, string path, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var problems = new ImportProblems(MaxReportedProblems);
        var counts = Behaviours.Values.ToDictionary(v => v, _ => 0L, StringComparer.Ordinal);
        long lineNumber = 0;
        var days = new HashSet<int>();
        using var file = File.OpenRead(path);
        using var reader = new StreamReader(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file, Encoding.UTF8);
        using var transaction = connection.BeginTransaction();
        using (var appender = connection.CreateAppender("behaviour_events"))
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (lineNumber % 1_000_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    bytesRead?.Report(file.Position);
                }
                if (line.Length == 0) continue;
                if (Parse(line, lineNumber, problems) is not { } row || problems.Count > 0) continue;
                counts[row.Type]++;
                var at = DateTimeOffset.FromUnixTimeSeconds(row.Seconds);
                days.Add(ChinaDay.Of(at));
                appender.CreateRow()
                    .AppendValue(EventId(line))
                    .AppendValue(at.UtcDateTime)
                    .AppendValue(row.Type)
                    .AppendValue(row.User + "-" + at.ToOffset(AnalyticsPeriod.ChinaOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture))
                    .AppendValue(row.User)
                    .AppendValue((string?)null)
                    .AppendValue(Channel)
                    .AppendValue((string?)null)
                    .AppendValue((string?)null)
                    .AppendValue(row.Item)
                    .AppendValue((string?)null)
                    .AppendValue((string?)null)
                    .AppendValue((string?)null)
                    .AppendValue((int?)null)
                    .AppendValue("{\"category_id\":\"" + row.Category + "\"}")
                    .EndRow();
            }
        }
        if (problems.Count > 0)
        {
            transaction.Rollback();
            throw new ImportRefusedException(path, problems.Kept, problems.Count);
        }
        RollupDirtyDays.MarkDays(connection, days);
        transaction.Commit();
        bytesRead?.Report(file.Length);
        return new TaobaoImportSummary(counts.Values.Sum(), counts, Stopwatch.GetElapsedTime(started));
    }

    private sealed record Row(string User, string Item, string Category, string Type, long Seconds);

    private static Row? Parse(string line, long lineNumber, ImportProblems problems)
    {
        var cells = line.TrimEnd('\r').Split(',');
        if (cells.Length != 5)
        {
            problems.Add(lineNumber, null, $"expected 5 values (user_id,item_id,category_id,behavior_type,timestamp), found {cells.Length}");
            return null;
        }
        var ok = Id(cells[0], "user_id") & Id(cells[1], "item_id") & Id(cells[2], "category_id");
        if (!Behaviours.TryGetValue(cells[3], out var type))
        {
            problems.Add(lineNumber, "behavior_type", $"'{cells[3]}' is not pv, cart, fav or buy");
            ok = false;
        }
        if (!long.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < EarliestSeconds || seconds >= LatestSeconds)
        {
            problems.Add(lineNumber, "timestamp", $"'{cells[4]}' is not a unix time in seconds between 2000 and 2100");
            ok = false;
        }
        return ok ? new Row(cells[0], cells[1], cells[2], type!, seconds) : null;

        bool Id(string value, string column)
        {
            if (value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit)) return true;
            problems.Add(lineNumber, column, $"'{value}' is not a numeric id");
            return false;
        }
    }

    /// <summary>The same line always gets the same id, so the events of a file are recognisable if it is loaded twice.</summary>
    private static Guid EventId(string line)
    {
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(line), hash);
        return new Guid(hash);
    }
}

public sealed record TaobaoImportSummary(long Events, IReadOnlyDictionary<string, long> ByType, TimeSpan Elapsed);
