using System.CommandLine;
using System.Globalization;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import orders FILE</c> and <c>import online-retail FILE</c>: all-or-nothing, re-runnable imports.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import order history from a file (all-or-nothing; order numbers already in the store are skipped)");
        import.Subcommands.Add(CreateFor(new NativeOrderCsvFormat(), "Import the native order-line CSV (docs/import-formats.md)"));
        import.Subcommands.Add(CreateFor(new OnlineRetailFormat(), "Import the UCI Online Retail layout (.csv or .csv.gz), amounts in GBP"));
        import.Subcommands.Add(OlistImportCommand.Create());
        import.Subcommands.Add(TaobaoImportCommand.Create());
        import.Subcommands.Add(SpendImportCommand.Create());
        import.Subcommands.Add(Logistics.FulfilmentImportCommands.Tracking());
        import.Subcommands.Add(Logistics.FulfilmentImportCommands.SupplierStock());
        return import;
    }

    private static Command CreateFor(IOrderFileFormat format, string description) =>
        ImportRunner.Create(format.Name, description, new Argument<FileInfo>("FILE") { Description = "The file to import (.csv or .csv.gz)" },
            async (run, cancellationToken) =>
            {
                var file = run.Input;
                var importer = new OrderFileImporter(run.Storage.Db, TimeProvider.System);
                ImportSummary? summary = null;
                await run.Out.Progress().AutoClear(false).StartAsync(async ctx =>
                {
                    var validating = ctx.AddTask("Validating", maxValue: file.Length);
                    var importing = ctx.AddTask("Importing", autoStart: false, maxValue: file.Length);
                    var progress = new SyncProgress<ImportProgress>(p =>
                    {
                        var task = p.Phase == ImportProgress.Validating ? validating : importing;
                        if (!task.IsStarted) task.StartTask();
                        task.Value = p.BytesDone;
                    });
                    summary = await importer.ImportAsync(file.FullName, format, progress, cancellationToken);
                    var projecting = ctx.AddTask("Projecting into analytics", maxValue: 1);
                    await run.Storage.ProjectOutboxAsync(cancellationToken);
                    projecting.Value = 1;
                });
                WriteSummary(run.Out, file, run.Storage.Options, summary!);
            });

    private static void WriteSummary(IAnsiConsole console, FileInfo file, StorageOptions storage, ImportSummary s)
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("rows read", N(s.RowsRead));
        table.AddRow("orders in file", N(s.Orders));
        table.AddRow("orders imported", N(s.OrdersImported));
        table.AddRow("orders skipped (already in the store)", N(s.OrdersSkippedAsAlreadyImported));
        table.AddRow("cancellations", N(s.Cancellations));
        table.AddRow("guest orders", N(s.GuestOrders));
        table.AddRow("customers (new)", $"{N(s.Customers)} ({N(s.CustomersCreated)})");
        table.AddRow("products (new)", $"{N(s.Products)} ({N(s.ProductsCreated)})");
        console.MarkupLine($"Imported [bold]{Markup.Escape(file.Name)}[/] into {Markup.Escape(storage.DataDirectory)} in {s.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        console.Write(table);
    }
}
