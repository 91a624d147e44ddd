using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Marketing;

/// <summary>
/// <c>clv --as-of D --horizon-months N --out FILE.csv</c>, columns documented in docs/marketing.md:
/// <c>customer_id,x,t_x,T,zbar,p_alive,expected_purchases,expected_value,clv</c> (times in days).
/// </summary>
public static class ClvScoreCommand
{
    public static readonly string[] Columns = ["customer_id", "x", "t_x", "T", "zbar", "p_alive", "expected_purchases", "expected_value", "clv"];

    public static void Configure(Command command)
    {
        var asOf = new AsOfOptions();
        var horizon = new Option<int>("--horizon-months") { Description = "Months ahead to value (default 12)", DefaultValueFactory = _ => 12 };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write" };
        asOf.AddTo(command);
        command.Options.Add(horizon);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, asOf, parseResult.GetValue(horizon), parseResult.GetValue(output), cancellationToken));
    }

    private static async Task<int> RunAsync(ParseResult parseResult, AsOfOptions asOfOptions, int horizonMonths, FileInfo? output, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        try
        {
            if (output is null) return console.Refuse("--out: name the CSV file to write.");
            var asOf = asOfOptions.Parse(parseResult);
            if (output.Directory is { Exists: false } missing) return console.Refuse($"--out: the folder {missing.FullName} does not exist.");
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
            await storage.ProjectOutboxAsync(cancellationToken);
            var result = new LifetimeValueQuery(new PurchaseHistoryQuery(storage.Analytics)).Compute(asOf, horizonMonths);
            using (var csv = new CsvOutput(output.FullName))
            {
                csv.Row([.. Columns]);
                foreach (var c in result.Customers)
                    csv.Row(c.CustomerId, c.X, c.TX, c.T, c.MeanValue is { } z ? Round(z, 2) : null, Round(c.ProbabilityAlive, 4),
                        Round(c.ExpectedPurchases, 4), Round(c.ExpectedValue, 2), Round(c.Clv, 2));
            }
            var (bg, gg) = (result.Fit.Purchases, result.Fit.Value);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BG/NBD r={bg.R:0.####} alpha={bg.Alpha:0.####} a={bg.A:0.####} b={bg.B:0.####}; Gamma-Gamma p={gg.P:0.####} q={gg.Q:0.####} v={gg.V:0.####} (fitted on {result.Fit.FittedCustomers:N0} customers)"));
            console.Out.WriteLine($"{result.Customers.Count.ToString("N0", CultureInfo.InvariantCulture)} customers valued over {horizonMonths} months ({result.HorizonDays} days) from {asOf.Date:yyyy-MM-dd}, written to {output.FullName}");
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

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
