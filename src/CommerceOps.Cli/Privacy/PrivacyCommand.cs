using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Privacy;
using Spectre.Console;

namespace CommerceOps.Cli.Privacy;

/// <summary>
/// <c>privacy export --customer CODE --out FILE.json</c>: everything the data directory holds about one customer
/// (PIPL Art.45), as JSON, or as the <c>section,record,field,value</c> CSV when FILE ends in .csv.
/// </summary>
public static class PrivacyCommand
{
    public static Command Create()
    {
        var privacy = new Command("privacy", "Personal-information requests");
        var customer = new Option<string>("--customer") { Description = "The customer's code", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The export file: .json, or .csv for section,record,field,value", Required = true };
        var export = new Command("export", "Export everything stored about one customer") { customer, output };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var file = parseResult.GetValue(output)!;
            if (file.Directory is { Exists: false } directory) return console.Refuse($"No such directory: {directory.FullName}");
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                var data = await new CustomerDataCollector(storage.Db, storage.Analytics, TimeProvider.System)
                    .CollectAsync(parseResult.GetValue(customer)!.Trim(), cancellationToken);
                if (file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
                    await File.WriteAllTextAsync(file.FullName, CustomerDataCsv.Write(data, CustomerDataJson.Options), new UTF8Encoding(true), cancellationToken);
                else
                    await File.WriteAllBytesAsync(file.FullName, JsonSerializer.SerializeToUtf8Bytes(data, CustomerDataJson.Options), cancellationToken);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Customer {data.Customer.Code}: {data.Orders.Count} orders, {data.Consents.Count} consents, {data.Returns.Count} returns, {data.Tickets.Count} ticket messages, {data.Events.Count} events; written to {file.FullName}"));
                return ExitCodes.Ok;
            }
            catch (NotFoundException e)
            {
                return console.Refuse(e.Message);
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
        });
        privacy.Subcommands.Add(export);
        return privacy;
    }
}
