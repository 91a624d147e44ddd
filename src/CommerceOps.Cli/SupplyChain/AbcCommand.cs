using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.SupplyChain;
using Spectre.Console;

namespace CommerceOps.Cli.SupplyChain;

/// <summary>
/// <c>abc --from D --to D --out FILE.csv</c>: SKUs in rank order with <c>sku,revenue,share,cumulative_share,class</c>;
/// the ABC × XYZ matrix is printed. <c>--by units|margin</c> ranks by net units or margin (the second column is then
/// named <c>units</c> or <c>margin</c>), <c>--a</c>/<c>--b</c>, <c>--x</c>/<c>--y</c> move the class limits.
/// </summary>
public static class AbcCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd, UTC), inclusive", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd, UTC), inclusive", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var basis = new Option<AbcBasis>("--by") { Description = "Rank by revenue, units or margin (needs supplier unit costs)", DefaultValueFactory = _ => AbcBasis.Revenue };
        var a = new Option<decimal>("--a") { Description = "Class A while the cumulative share before the SKU is below this", DefaultValueFactory = _ => AbcThresholds.Default.A };
        var b = new Option<decimal>("--b") { Description = "Class B while the cumulative share before the SKU is below this", DefaultValueFactory = _ => AbcThresholds.Default.B };
        var x = new Option<double>("--x") { Description = "Class X up to this coefficient of variation of weekly demand", DefaultValueFactory = _ => XyzThresholds.Default.X };
        var y = new Option<double>("--y") { Description = "Class Y up to this coefficient of variation", DefaultValueFactory = _ => XyzThresholds.Default.Y };
        var command = new Command("abc", "ABC classification of SKUs by revenue (or units, margin) over a period (and the ABC × XYZ matrix)") { from, to, output, basis, a, b, x, y };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            if (!CliDates.TryParse(parseResult.GetValue(from), out var first)) return console.Refuse($"--from: '{parseResult.GetValue(from)}' is not a date like 2011-08-31");
            if (!CliDates.TryParse(parseResult.GetValue(to), out var last)) return console.Refuse($"--to: '{parseResult.GetValue(to)}' is not a date like 2011-08-31");
            try
            {
                var request = new ClassificationRequest(first, last, parseResult.GetValue(basis),
                    new AbcThresholds(parseResult.GetValue(a), parseResult.GetValue(b)), new XyzThresholds(parseResult.GetValue(x), parseResult.GetValue(y)));
                request.Validate();
                return await RunAsync(parseResult, console, request, parseResult.GetValue(output)!, cancellationToken);
            }
            catch (DomainException e)
            {
                return console.Refuse($"--{e.Field}: {e.Message}");
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, ClassificationRequest request, FileInfo output, CancellationToken cancellationToken)
    {
        try
        {
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
            await storage.ProjectOutboxAsync(cancellationToken);
            using var connection = storage.Analytics.OpenConnection();
            if (request.Basis == AbcBasis.Margin) await SkuCosts.LoadAsync(storage.Db, connection, cancellationToken);
            var rows = 0;
            using (var csv = new CsvOutput(output.FullName))
            {
                csv.Row("sku", request.Basis.Name(), "share", "cumulative_share", "class");
                foreach (var sku in SkuClassifier.Classify(connection, request))
                {
                    csv.Row(sku.Sku, sku.Value, sku.Share, sku.CumulativeShare, sku.Abc.ToString());
                    rows++;
                }
            }
            WriteMatrix(console.Out, SkuClassifier.Matrix(connection, request));
            console.Out.MarkupLine($"{rows.ToString("N0", CultureInfo.InvariantCulture)} SKUs written to {Markup.Escape(output.FullName)}");
            return ExitCodes.Ok;
        }
        catch (DataDirectoryInUseException e)
        {
            return console.Refuse(e.Message);
        }
    }

    private static void WriteMatrix(IAnsiConsole console, IReadOnlyList<AbcXyzCell> cells)
    {
        var table = new Table().Title("ABC × XYZ (SKUs, share)").AddColumn("");
        foreach (var xyz in Enum.GetValues<XyzClass>()) table.AddColumn(new TableColumn(xyz.ToString()).RightAligned());
        foreach (var abc in Enum.GetValues<AbcClass>())
            table.AddRow([abc.ToString(), .. Enum.GetValues<XyzClass>().Select(xyz =>
                cells.FirstOrDefault(c => c.Abc == abc && c.Xyz == xyz) is { } cell
                    ? $"{cell.Skus.ToString("N0", CultureInfo.InvariantCulture)} ({cell.Share.ToString("P1", CultureInfo.InvariantCulture)})"
                    : "-")]);
        console.Write(table);
    }
}
