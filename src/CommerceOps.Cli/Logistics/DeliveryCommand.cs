using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Logistics;

/// <summary><c>delivery promises --by region --out FILE.csv</c>: <c>region,orders,kept,kept_rate</c> over delivered orders, sorted by region.</summary>
public static class DeliveryCommand
{
    public static Command Create()
    {
        var by = new Option<string>("--by") { Description = "Group by: region (orders), carrier or warehouse (shipments)", DefaultValueFactory = _ => "region" };
        by.AcceptOnlyFromAmong("region", "carrier", "warehouse");
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var promises = new Command("promises", "Promise-kept rate: delivered on or before the promised date") { by, output };
        promises.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var file = parseResult.GetValue(output)!;
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                var group = parseResult.GetValue(by)!;
                var report = new DeliveryPromiseReport(storage.Db);
                var rates = group switch
                {
                    "carrier" => await report.ByCarrierAsync(cancellationToken),
                    "warehouse" => await report.ByWarehouseAsync(cancellationToken),
                    _ => await report.ByRegionAsync(cancellationToken),
                };
                using (var csv = new CsvOutput(file.FullName))
                {
                    csv.Row(group, "orders", "kept", "kept_rate");
                    foreach (var r in rates) csv.Row(r.Region, r.Orders, r.Kept, r.KeptRate);
                }
                console.Out.MarkupLine($"{rates.Count} {group}s, {rates.Sum(r => r.Orders)} delivered orders, written to {Markup.Escape(file.FullName)}");
                return ExitCodes.Ok;
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
        });
        return new Command("delivery", "Delivery analytics") { promises };
    }
}
