using System.Globalization;
using System.IO.Compression;
using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.Marketing;

/// <summary>
/// The worked example of issue #4: Online Retail imported, RFM as of 2011-09-01 through the CLI, checked row for row
/// against a computation straight from the CSV with LINQ that shares no code with the product.
/// </summary>
public sealed class RfmOnlineRetailTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-rfm-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Rfm_as_of_2011_09_01_has_3317_customers_and_matches_an_independent_computation_row_for_row()
    {
        var source = SharedData.OnlineRetailFile;
        var output = Path.Combine(_files.Directory, "rfm.csv");
        Assert.Equal(ExitCodes.Ok, await RunAsync("import", "online-retail", source));

        Assert.Equal(ExitCodes.Ok, await RunAsync("rfm", "--as-of", "2011-09-01", "--out", output));

        var expected = IndependentRfm(source, new DateTimeOffset(2011, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var actual = File.ReadAllLines(output);
        Assert.Equal("customer_id,recency_days,frequency,monetary,r,f,m,segment", actual[0]);
        Assert.Equal(3317, actual.Length - 1);
        Assert.Equal(expected, actual.Skip(1));
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_exits_2_and_says_so()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CommerceOpsCli.RunAsync(["--data", _data, "rfm", "--as-of", "1 Sept", "--out", Path.Combine(_files.Directory, "x.csv")],
            output, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--as-of: '1 Sept' is not a date like 2011-09-01", error.ToString());
    }

    private async Task<int> RunAsync(params string[] args) =>
        await CommerceOpsCli.RunAsync(["--data", _data, .. args], new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken);

    private sealed record Line(string Invoice, string? Customer, decimal Quantity, decimal UnitPrice, DateTimeOffset At);

    /// <summary>The definition, literally: lines in memory, LINQ, ranks by sorting with ordinal tie-breaks.</summary>
    private static List<string> IndependentRfm(string gzipFile, DateTimeOffset cutoff)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var lines = ReadLines(gzipFile).Skip(1).Select(Split).Select(f => new Line(
            f[0],
            f[6].Length == 0 ? null : f[6].Replace(".0", "", StringComparison.Ordinal),
            decimal.Parse(f[3], CultureInfo.InvariantCulture),
            decimal.Parse(f[5], CultureInfo.InvariantCulture),
            new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(f[4], CultureInfo.InvariantCulture), london))))
            .Where(l => l.Customer is not null && l.At < cutoff)
            .ToList();
        var customers = lines.GroupBy(l => l.Customer!)
            .Select(g =>
            {
                var kept = g.Where(l => !l.Invoice.StartsWith('C')).ToList();
                return (Id: g.Key, Kept: kept, Monetary: g.Sum(l => l.Quantity * l.UnitPrice));
            })
            .Where(c => c.Kept.Count > 0)
            .Select(c => (c.Id, Recency: (long)Math.Floor((cutoff - c.Kept.Max(l => l.At)).TotalDays),
                Frequency: (long)c.Kept.Select(l => l.Invoice).Distinct().Count(), c.Monetary))
            .ToList();
        var n = customers.Count;
        Dictionary<string, int> Scores<TKey>(Func<(string Id, long Recency, long Frequency, decimal Monetary), TKey> key, bool descending)
        {
            var ordered = descending ? customers.OrderByDescending(key) : customers.OrderBy(key);
            return ordered.ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select((c, i) => (c.Id, Score: 1 + 5 * i / n)).ToDictionary(x => x.Id, x => x.Score);
        }
        var r = Scores(c => c.Recency, descending: true);
        var f = Scores(c => c.Frequency, descending: false);
        var m = Scores(c => c.Monetary, descending: false);
        return customers.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => string.Join(',',
            c.Id, c.Recency, c.Frequency, Math.Round(c.Monetary, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture),
            r[c.Id], f[c.Id], m[c.Id], Segment(r[c.Id], f[c.Id]))).ToList();
    }

    private static string Segment(int r, int f) => (r, f) switch
    {
        (5, >= 4) => "champions",
        (3 or 4, >= 4) => "loyal",
        (>= 4, 2 or 3) => "potential_loyalists",
        (5, 1) => "new_customers",
        (4, 1) => "promising",
        (3, 3) => "need_attention",
        (3, <= 2) => "about_to_sleep",
        (<= 2, 3 or 4) => "at_risk",
        (<= 2, 5) => "cannot_lose",
        _ => "hibernating",
    };

    private static IEnumerable<string> ReadLines(string gzipFile)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipFile), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    public void Dispose()
    {
        _files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
