using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Marketing;

/// <summary>
/// <c>rfm --as-of D --out FILE.csv</c>: one row per customer, sorted by customer id (ordinal), columns
/// <c>customer_id,recency_days,frequency,monetary,r,f,m,segment</c>, monetary rounded to 2 decimals.
/// </summary>
public static class RfmCommand
{
    public static readonly string[] Columns = ["customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"];

    public static Command Create()
    {
        var asOf = new AsOfOptions();
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write", Required = true };
        var command = new Command("rfm", "RFM scores and segments of every customer as of a date, to a CSV file");
        asOf.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, asOf, parseResult.GetValue(output)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, AsOfOptions asOfOptions, FileInfo output, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        try
        {
            var asOf = asOfOptions.Parse(parseResult);
            if (output.Directory is { Exists: false } missing) return console.Refuse($"--out: the folder {missing.FullName} does not exist.");
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
            await storage.ProjectOutboxAsync(cancellationToken);
            long rows = 0;
            using (var csv = new CsvOutput(output.FullName))
            {
                csv.Row([.. Columns]);
                foreach (var c in new RfmQuery(storage.Analytics).Customers(asOf, LifecycleThresholds.Default))
                {
                    csv.Row(c.CustomerId, c.RecencyDays, c.Frequency, Money.Round(c.Monetary).ToString("0.00", CultureInfo.InvariantCulture), c.R, c.F, c.M, c.Segment);
                    rows++;
                }
            }
            console.Out.WriteLine($"{rows.ToString("N0", CultureInfo.InvariantCulture)} customers as of {asOf.Date:yyyy-MM-dd} ({asOf.TimeZone.Id}) written to {output.FullName}");
            return ExitCodes.Ok;
        }
        catch (DataDirectoryInUseException e)
        {
            return console.Refuse(e.Message);
        }
        catch (DomainException e)
        {
            return console.Refuse(e.Message);
        }
    }
}
