using CommerceOps.Cli;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Tests.Cli;

/// <summary>Runs the commerceops commands in-process and checks their exit codes and messages.</summary>
public sealed class CliCommandTests : IDisposable
{
    private const string Header = "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status";

    private readonly TempFiles _files = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "commerceops-cli-" + Guid.NewGuid().ToString("N"));

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommerceOpsCli.RunAsync(["--data", _data, .. args], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    private string GoodFile() => _files.Write("good.csv",
    [
        Header,
        "N-1,C1,SKU-1,2,10.00,2026-11-11T20:00:00+08:00,organic,浙江,杭州,completed",
        "N-2,,SKU-2,1,5.50,2026-11-11T21:00:00+08:00,live,四川,成都,paid",
    ]);

    [Fact]
    public async Task Importing_a_good_file_exits_0_and_again_skips_what_is_there()
    {
        var file = GoodFile();

        var first = await RunAsync("import", "orders", file);
        var second = await RunAsync("import", "orders", file);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("orders imported", first.Output);
        Assert.Equal(2L, ProjectedOrders()); // analytics see the import as soon as the command returns
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Matches(@"orders skipped \(already in the store\)\s*│\s*2", second.Output);
    }

    private long ProjectedOrders()
    {
        using var duck = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Path.Combine(_data, StorageOptions.AnalyticsFileName)}");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT count(*) FROM fact_orders";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_bad_file_exits_2_and_names_the_line_and_column_on_stderr()
    {
        var file = _files.Write("bad.csv", [Header, "N-1,C1,SKU-1,abc,10.00,2026-11-11T20:00:00+08:00,organic,浙江,杭州,completed"]);

        var (code, _, error) = await RunAsync("import", "orders", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 2, column quantity: 'abc' is not a whole number", error);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var (code, _, error) = await RunAsync("import", "online-retail", Path.Combine(_files.Directory, "nope.csv.gz"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("No such file", error);
    }

    [Theory]
    [InlineData("orders", "No such file")]
    [InlineData("online-retail", "No such file")]
    [InlineData("taobao", "No such file")]
    [InlineData("spend", "No such file")]
    [InlineData("tracking", "No such file")]
    [InlineData("supplier-stock", "No such file")]
    [InlineData("olist", "No such directory")]
    public async Task Every_import_refuses_a_missing_input_with_exit_2_before_opening_the_store(string kind, string message)
    {
        var missing = Path.Combine(_files.Directory, "nope");

        var (code, _, error) = await RunAsync("import", kind, missing);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"{message}: {missing}", error.Trim());
        Assert.False(Directory.Exists(_data));
    }

    [Fact]
    public async Task Commands_exit_2_while_the_server_holds_the_data_directory()
    {
        using (DataDirectoryLock.Acquire(_data, DataDirectoryLockInfo.ServerHolder, "http://localhost:5000", TimeProvider.System))
        {
            var import = await RunAsync("import", "orders", GoodFile());
            var generate = await RunAsync("generate", "--scale", "demo");

            Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput), (import.ExitCode, generate.ExitCode));
            Assert.Contains("The CommerceOps server (pid", import.Error);
            Assert.Contains("Stop it first, or use its API.", generate.Error);
        }

        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "orders", GoodFile())).ExitCode);
    }

    [Fact]
    public async Task Generating_into_a_store_that_has_data_exits_2()
    {
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "orders", GoodFile())).ExitCode);

        var (code, _, error) = await RunAsync("generate", "--scale", "demo");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("already holds commerce data", error);
    }

    [Fact]
    public async Task Generating_into_a_store_an_interrupted_large_run_left_exits_2_and_says_what_to_do()
    {
        Directory.CreateDirectory(_data);
        new Infrastructure.Demo.DemoGenerationMarker("large", 1, DateTimeOffset.UnixEpoch, null).Write(_data);

        var (code, _, error) = await RunAsync("generate", "--scale", "large");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("did not finish", error);
        Assert.Contains("Delete the data directory", error);
    }

    public void Dispose()
    {
        _files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
