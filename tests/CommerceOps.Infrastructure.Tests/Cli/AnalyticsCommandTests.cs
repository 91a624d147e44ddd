using System.Globalization;
using CommerceOps.Cli;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Tests.Cli;

/// <summary><c>import taobao</c>, <c>funnel</c> and <c>metrics gmv</c> run in-process on a temporary data directory.</summary>
public sealed class AnalyticsCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-cli-" + Guid.NewGuid().ToString("N"));

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["--data", _data, .. args], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    // 1511658000 is 2017-11-26 09:00 China time.
    private string UserBehaviorFile() => _files.Write("UserBehavior.csv",
    [
        "1,100,7,pv,1511658000", "1,100,7,cart,1511658060", "1,100,7,buy,1511658120",
        "2,100,7,pv,1511658000", "2,100,7,cart,1511744401", // the cart is a day and a second later: outside 24h
        "3,101,8,pv,1511658000", "3,101,8,fav,1511658001",
        "4,101,8,cart,1511658000", // never viewed
    ]);

    private string Out(string name) => Path.Combine(_files.Directory, name);

    [Fact]
    public async Task A_taobao_file_imports_and_the_funnel_csv_has_the_columns_of_the_issue()
    {
        var import = await RunAsync("import", "taobao", UserBehaviorFile());
        var funnel = await RunAsync("funnel", "--steps", "product_view,add_to_cart,purchase", "--window", "24h", "--out", Out("funnel.csv"));

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (import.ExitCode, funnel.ExitCode));
        Assert.Matches(@"│ add_to_cart\s+│\s+3 │", import.Output);
        Assert.Equal(
        [
            "step,users,conversion_from_previous,conversion_from_first",
            "product_view,3,1,1",
            "add_to_cart,1,0.333333,0.333333",
            "purchase,1,1,0.333333",
        ], File.ReadAllLines(Out("funnel.csv")));
    }

    [Fact]
    public async Task A_wider_window_a_date_range_and_a_breakdown_change_the_answer_as_they_should()
    {
        await RunAsync("import", "taobao", UserBehaviorFile());

        var wide = await RunAsync("funnel", "--steps", "product_view,add_to_cart", "--window", "2d", "--by", "channel", "--out", Out("wide.csv"));
        var firstDay = await RunAsync("funnel", "--steps", "product_view,add_to_cart", "--window", "2d", "--from", "2017-11-26", "--to", "2017-11-26", "--out", Out("day.csv"));

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (wide.ExitCode, firstDay.ExitCode));
        Assert.Equal(["channel,step,users,conversion_from_previous,conversion_from_first", "unknown,product_view,3,1,1", "unknown,add_to_cart,2,0.666667,0.666667"],
            File.ReadAllLines(Out("wide.csv")));
        Assert.Equal("add_to_cart,1,0.333333,0.333333", File.ReadAllLines(Out("day.csv"))[2]); // user 2's cart is on the 27th
    }

    [Fact]
    public async Task A_bad_taobao_file_names_its_lines_and_imports_nothing()
    {
        var file = _files.Write("bad.csv", ["1,100,7,pv,1511658000", "2,100,7,look,1511658000", "x,100,7,pv,1511658000", "3,100,7,pv"]);

        var (code, _, error) = await RunAsync("import", "taobao", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 2, column behavior_type: 'look' is not pv, cart, fav or buy", error);
        Assert.Contains("line 3, column user_id: 'x' is not a numeric id", error);
        Assert.Contains("line 4: expected 5 values", error);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM behaviour_events"));
    }

    [Fact]
    public async Task Bad_funnel_arguments_exit_2_with_a_message()
    {
        var window = await RunAsync("funnel", "--steps", "product_view,purchase", "--window", "24x", "--out", Out("f.csv"));
        var step = await RunAsync("funnel", "--steps", "product_view,teleport", "--out", Out("f.csv"));
        var range = await RunAsync("funnel", "--from", "2026-11-01", "--out", Out("f.csv"));

        Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput, ExitCodes.BadInput), (window.ExitCode, step.ExitCode, range.ExitCode));
        Assert.Contains("'24x' is not a conversion window", window.Error);
        Assert.Contains("'teleport' is not a funnel step", step.Error);
        Assert.Contains("Give both --from and --to", range.Error);
    }

    [Fact]
    public async Task Metrics_gmv_writes_the_tree_after_projecting_what_the_outbox_holds()
    {
        var orders = _files.Write("orders.csv",
        [
            "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status",
            "N-1,C1,SKU-1,2,10.00,2026-11-11T20:00:00+08:00,organic,浙江,杭州,completed",
            "N-2,,SKU-2,1,5.50,2026-11-11T21:00:00+08:00,live,四川,成都,paid",
            "N-3,C1,SKU-2,1,5.50,2026-11-10T21:00:00+08:00,live,四川,成都,paid",
        ]);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "orders", orders)).ExitCode);

        var (code, _, error) = await RunAsync("metrics", "gmv", "--from", "2026-11-11", "--to", "2026-11-11", "--by", "channel", "--out", Out("gmv.csv"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        var lines = File.ReadAllLines(Out("gmv.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(["channel", "comparison", "baseline_from"], header[..3]);
        var live = lines.Select(l => l.Split(',')).Single(r => r[0] == "live" && r[1] == "previous_period");
        string Cell(string column) => live[Array.IndexOf(header, column)];
        Assert.Equal(("2026-11-10", "5.50", "5.50", "0.00"), (Cell("baseline_from"), Cell("gmv"), Cell("gmv_baseline"), Cell("gmv_change")));
    }

    private long Scalar(string sql)
    {
        using var duck = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Path.Combine(_data, StorageOptions.AnalyticsFileName)}");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
