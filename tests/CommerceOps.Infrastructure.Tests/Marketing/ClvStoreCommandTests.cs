using System.Globalization;
using CommerceOps.Cli;

namespace CommerceOps.Infrastructure.Tests.Marketing;

/// <summary><c>clv --as-of</c> on a small imported store: the per-customer summary worked out by hand, the values sane.</summary>
public sealed class ClvStoreCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-clv-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Customers_are_summarised_in_purchase_days_and_valued_over_the_horizon()
    {
        var orders = _files.Write("orders.csv",
        [
            "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status",
            // A buys on three days (two orders on the second day), the first purchase worth 10, then 20 + 10 and 60.
            "A-1,A,SKU-1,1,10.00,2026-01-01T10:00:00Z,organic,浙江,杭州,completed",
            "A-2,A,SKU-1,2,10.00,2026-01-11T10:00:00Z,organic,浙江,杭州,completed",
            "A-3,A,SKU-1,1,10.00,2026-01-11T18:00:00Z,organic,浙江,杭州,completed",
            "A-4,A,SKU-2,2,30.00,2026-02-20T10:00:00Z,organic,浙江,杭州,completed",
            "A-5,A,SKU-2,9,30.00,2026-02-25T10:00:00Z,organic,浙江,杭州,cancelled",
            "B-1,B,SKU-1,1,10.00,2026-02-01T10:00:00Z,organic,浙江,杭州,completed",
            "C-1,C,SKU-1,3,10.00,2026-01-15T10:00:00Z,organic,浙江,杭州,completed",
            "C-2,C,SKU-1,1,10.00,2026-02-15T10:00:00Z,organic,浙江,杭州,completed",
            "D-1,D,SKU-1,1,10.00,2026-03-05T10:00:00Z,organic,浙江,杭州,completed",
        ]);
        var output = Path.Combine(_files.Directory, "clv.csv");
        Assert.Equal(ExitCodes.Ok, await RunAsync("import", "orders", orders));

        Assert.Equal(ExitCodes.Ok, await RunAsync("clv", "--as-of", "2026-03-01", "--horizon-months", "12", "--out", output));

        var lines = File.ReadAllLines(output);
        Assert.Equal("customer_id,x,t_x,T,zbar,p_alive,expected_purchases,expected_value,clv", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0]);
        Assert.Equal(["A", "B", "C"], rows.Keys); // D's order is on 5 March, after D
        Assert.Equal(["2", "50", "59", "45"], rows["A"][1..5]); // days 1 Jan, 11 Jan, 20 Feb; (30 + 60) / 2
        Assert.Equal(["0", "0", "28", ""], rows["B"][1..5]);
        Assert.Equal(["1", "31", "45", "10"], rows["C"][1..5]);
        foreach (var row in rows.Values)
        {
            var (pAlive, purchases, value, clv) = (D(row[5]), D(row[6]), D(row[7]), D(row[8]));
            Assert.InRange(pAlive, 0, 1);
            Assert.True(purchases > 0 && value > 0);
            Assert.Equal(purchases * value, clv, Math.Max(0.01, clv * 0.001));
        }
    }

    [Fact]
    public async Task An_empty_store_exits_2_and_says_there_is_nobody_to_value()
    {
        var error = new StringWriter();

        var code = await CommerceOpsCli.RunAsync(["--data", _data, "clv", "--as-of", "2026-03-01", "--out", Path.Combine(_files.Directory, "x.csv")],
            new StringWriter(), error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("No customer has a non-cancelled order before 2026-03-01", error.ToString());
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private async Task<int> RunAsync(params string[] args) =>
        await CommerceOpsCli.RunAsync(["--data", _data, .. args], new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
