using System.CommandLine;
using System.Globalization;
using CommerceOps.Infrastructure.Importing.Olist;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary><c>import olist DIR</c>: the Olist tables in a directory, all-or-nothing.</summary>
public static class OlistImportCommand
{
    public static Command Create() =>
        ImportRunner.Create("olist", "Import the Olist Brazilian e-commerce tables (amounts in BRL)",
            new Argument<DirectoryInfo>("DIR") { Description = "Directory holding the olist_*_dataset.csv files (orders and customers required)" },
            async (run, cancellationToken) =>
            {
                var summary = await new OlistImporter(run.Storage.Db, TimeProvider.System).ImportAsync(run.Input.FullName, cancellationToken);
                await run.Storage.ProjectOutboxAsync(cancellationToken);
                WriteSummary(run.Out, run.Input, summary);
            });

    private static void WriteSummary(IAnsiConsole console, DirectoryInfo dir, OlistImportSummary s)
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("orders in files", N(s.Orders));
        table.AddRow("orders imported", N(s.OrdersImported));
        table.AddRow("orders skipped (already in the store)", N(s.OrdersSkippedAsAlreadyImported));
        table.AddRow("orders without items (not stored)", N(s.OrdersWithoutItems));
        table.AddRow("delivered", N(s.Delivered));
        table.AddRow("customers (new)", $"{N(s.Customers)} ({N(s.CustomersCreated)})");
        table.AddRow("products (new; without a product row)", $"{N(s.Products)} ({N(s.ProductsCreated)}; {N(s.ProductsWithoutRow)})");
        table.AddRow("payments", N(s.Payments));
        table.AddRow("reviews (validated)", N(s.Reviews));
        table.AddRow("sellers (validated)", N(s.Sellers));
        console.MarkupLine($"Imported Olist from {Markup.Escape(dir.FullName)} in {s.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        if (s.TablesMissing.Count > 0) console.MarkupLine($"Optional tables not present: {Markup.Escape(string.Join(", ", s.TablesMissing))}");
        console.Write(table);
    }
}
