using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Demo;

/// <summary><c>generate --scale demo|large [--seed N]</c>: fills an empty data directory with the demo store.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<DemoScale>("--scale") { Description = "demo (seconds) or large (benchmarks)", DefaultValueFactory = _ => DemoScale.Demo };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same store", DefaultValueFactory = _ => DemoStoreGenerator.DefaultSeed };
        var command = new Command("generate", "Generate the deterministic demo store into an empty data directory") { scale, seed };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.GetValue(scale), parseResult.GetValue(seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, DemoScale scale, int seed, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        try
        {
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
            var generator = new DemoStoreGenerator(storage.Db, storage.Analytics, TimeProvider.System);
            DemoFacts? facts = null;
            await console.Out.Progress().AutoClear(false).StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SyncProgress<DemoProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Step, out var task)) tasks[p.Step] = task = ctx.AddTask(p.Step, maxValue: Math.Max(1, p.Total));
                    task.Value = p.Done;
                });
                facts = await generator.GenerateAsync(scale, seed, progress, cancellationToken);
                var projecting = ctx.AddTask("Projecting into analytics", maxValue: 1);
                await storage.ProjectOutboxAsync(cancellationToken);
                projecting.Value = 1;
            });
            WriteFacts(console.Out, storage.Options, facts!);
            return ExitCodes.Ok;
        }
        catch (DataDirectoryInUseException e)
        {
            return console.Refuse(e.Message);
        }
        catch (DemoStoreRefusedException e)
        {
            return console.Refuse(e.Message);
        }
    }

    private static void WriteFacts(IAnsiConsole console, StorageOptions storage, DemoFacts f)
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("customers", N(f.Customers));
        table.AddRow("products / SKUs", $"{N(f.Products)} / {N(f.Skus)}");
        table.AddRow("SKUs with a price drop", N(f.PriceDrops));
        table.AddRow("warehouses / stock items", $"{N(f.Warehouses)} / {N(f.StockItems)}");
        table.AddRow("orders / lines", $"{N(f.Orders)} / {N(f.OrderLines)}");
        table.AddRow("cancelled orders", N(f.CancelledOrders));
        table.AddRow("cash-on-delivery orders", N(f.CashOnDeliveryOrders));
        table.AddRow("sessions / behaviour events", $"{N(f.Sessions)} / {N(f.BehaviourEvents)}");
        console.MarkupLine($"Generated the [bold]{f.Scale.ToString().ToLowerInvariant()}[/] store (seed {f.Seed}) into {Markup.Escape(storage.DataDirectory)} " +
            $"in {f.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s: {f.From:yyyy-MM-dd} to {f.To:yyyy-MM-dd}");
        console.Write(table);

        string S(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        var p = f.Phases;
        var phases = new Table().AddColumn("phase").AddColumn(new TableColumn("wall time").RightAligned()).AddColumn(new TableColumn("rows/s").RightAligned());
        string Rate(long rows, TimeSpan t) => t > TimeSpan.Zero ? N((long)(rows / t.TotalSeconds)) : "";
        phases.AddRow("catalog, warehouses, stock", S(p.Catalog), "");
        phases.AddRow("customers", S(p.Customers), Rate(f.Customers, p.Customers));
        phases.AddRow("orders (and their facts)", S(p.Orders), Rate(f.Orders, p.Orders));
        phases.AddRow("behaviour events", S(p.Events), Rate(f.BehaviourEvents, p.Events));
        phases.AddRow("[bold]total[/]", S(f.Elapsed), "");
        console.Write(phases);
    }
}
