using System.Globalization;
using System.IO.Compression;
using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

/// <summary>The <c>abc</c> command on the real Online Retail extract against a plain C# computation over the file.</summary>
public sealed class AbcOnlineRetailTests : IDisposable
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-abc-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_abc_file_matches_an_independent_computation_row_for_row()
    {
        var source = SharedData.OnlineRetailFile;
        var output = Path.Combine(_files.Directory, "abc.csv");
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(ExitCodes.Ok, await CommerceOpsCli.RunAsync(["--data", _data, "import", "online-retail", source], TextWriter.Null, TextWriter.Null, ct));

        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(
            ["--data", _data, "abc", "--from", "2011-01-01", "--to", "2011-06-30", "--out", output], TextWriter.Null, error, ct);

        Assert.True(code == ExitCodes.Ok, error.ToString());
        var expected = Independent(source, new DateOnly(2011, 1, 1), new DateOnly(2011, 6, 30));
        var lines = File.ReadAllLines(output);
        Assert.Equal("sku,revenue,share,cumulative_share,class", lines[0]);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.Contains(expected, e => e.Class == "C");
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            var e = expected[i];
            Assert.Equal((e.Sku, e.Revenue, e.Class), (cells[0], decimal.Parse(cells[1], CultureInfo.InvariantCulture), cells[4]));
            Assert.Equal(e.Share, double.Parse(cells[2], CultureInfo.InvariantCulture), 1e-12);
            Assert.Equal(e.CumulativeShare, double.Parse(cells[3], CultureInfo.InvariantCulture), 1e-12);
        }
    }

    private sealed record Expected(string Sku, decimal Revenue, double Share, double CumulativeShare, string Class);

    /// <summary>
    /// The definition, computed directly: UK invoice times to UTC days, quantity × price summed per stock code, positive
    /// totals ranked by revenue then code (ordinal), classed by the cumulative revenue before each code. Prices are
    /// taken to the cent, as the store keeps money (one 0.001 line exists).
    /// </summary>
    private static List<Expected> Independent(string gzipFile, DateOnly from, DateOnly to)
    {
        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipFile), CompressionMode.Decompress));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = Split(line);
            var local = DateTime.ParseExact(f[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            if (UkTime.IsInvalidTime(local)) local = local.AddHours(1);
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeToUtc(local, UkTime));
            if (day < from || day > to) continue;
            var amount = int.Parse(f[3], CultureInfo.InvariantCulture) * Math.Round(decimal.Parse(f[5], CultureInfo.InvariantCulture), 2, MidpointRounding.ToEven);
            revenue[f[1]] = revenue.GetValueOrDefault(f[1]) + amount;
        }
        var ranked = revenue.Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var total = ranked.Sum(r => r.Value);
        var before = 0m;
        var result = new List<Expected>();
        foreach (var (sku, value) in ranked)
        {
            var cls = before < 0.80m * total ? "A" : before < 0.95m * total ? "B" : "C";
            before += value;
            result.Add(new Expected(sku, value, (double)value / (double)total, (double)before / (double)total, cls));
        }
        return result;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    public void Dispose()
    {
        _files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
