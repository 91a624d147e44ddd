using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Cli.Importing;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Logistics;

/// <summary>
/// <c>import tracking FILE</c> (carrier scans: <c>tracking_number,at,location,description,status</c>) and
/// <c>import supplier-stock FILE</c> (virtual inventory: <c>warehouse,sku,quantity</c>). Both all-or-nothing.
/// </summary>
public static class FulfilmentImportCommands
{
    public static Command Tracking() => Create("tracking", "Import carrier tracking scans (tracking_number,at,location,description,status); a delivered scan delivers the order",
        async (storage, uow, path, ct) => $"Added {await new TrackingNodeImporter(uow, new TrackingRecorder(storage.Db, new AlertInbox(storage.Db, TimeProvider.System))).ImportAsync(path, ct)} tracking nodes");

    public static Command SupplierStock() => Create("supplier-stock", "Import the stock suppliers publish for their cloud warehouses (warehouse,sku,quantity)",
        async (storage, uow, path, ct) => $"Changed {await new SupplierStockImporter(uow, new VirtualStockPublisher(storage.Db, new StockLedger(storage.Db), TimeProvider.System)).ImportAsync(path, ct)} stock items");

    private static Command Create(string name, string description, Func<CliStorage, UnitOfWork, string, CancellationToken, Task<string>> import) =>
        ImportRunner.Create(name, description, new Argument<FileInfo>("FILE") { Description = "CSV file (plain or gzip) with a header line" },
            async (run, cancellationToken) =>
            {
                var uow = new UnitOfWork(run.Storage.Db, new WriteGate(serialize: !run.Storage.Options.UsesPostgres), new OutboxSignal());
                var message = await import(run.Storage, uow, run.Input.FullName, cancellationToken);
                await run.Storage.ProjectOutboxAsync(cancellationToken);
                run.Out.WriteLine(message, Style.Plain);
            });
}
