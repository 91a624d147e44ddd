using System.CommandLine;
using System.Globalization;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.SupplyChain;
using Spectre.Console;

namespace CommerceOps.Cli.SupplyChain;

/// <summary><c>replenish --out FILE.csv</c>: the replenishment list per SKU per warehouse, with the suggestion and why.</summary>
public static class ReplenishCommand
{
    public static readonly string[] Header =
    [
        "sku", "warehouse", "class", "xyz", "on_hand", "reserved", "in_transit", "daily_demand", "daily_demand_sd", "days_of_cover",
        "supplier", "lead_time_days", "lead_time_sd_days", "safety_stock", "reorder_point", "order_up_to", "eoq",
        "suggested_quantity", "clearance", "why",
    ];

    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Last day of the demand window (yyyy-MM-dd, UTC; default: the day of the latest order line)" };
        var window = new Option<int>("--window") { Description = "Days of demand history", DefaultValueFactory = _ => ReplenishmentRequest.DefaultWindowDays };
        var serviceA = new Option<double>("--service-a") { Description = "Service level of class A (safety stock)", DefaultValueFactory = _ => ClassPolicies.Default.ServiceLevelA };
        var serviceB = new Option<double>("--service-b") { Description = "Service level of class B", DefaultValueFactory = _ => ClassPolicies.Default.ServiceLevelB };
        var command = new Command("replenish", "Replenishment list per SKU per warehouse: stock, demand, reorder point, suggested quantity and why")
            { output, asOf, window, serviceA, serviceB };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            DateOnly? day = null;
            if (parseResult.GetValue(asOf) is { } text)
            {
                if (!CliDates.TryParse(text, out var parsed)) return console.Refuse($"--as-of: '{text}' is not a date like 2011-08-31");
                day = parsed;
            }
            var policies = ClassPolicies.Default with { ServiceLevelA = parseResult.GetValue(serviceA), ServiceLevelB = parseResult.GetValue(serviceB) };
            try
            {
                policies.SafetyFactor(AbcClass.A);
                policies.SafetyFactor(AbcClass.B);
                return await RunAsync(parseResult, console, day, parseResult.GetValue(window), policies, parseResult.GetValue(output)!, cancellationToken);
            }
            catch (DomainException e)
            {
                return console.Refuse($"--{e.Field}: {e.Message}");
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parseResult, CliConsole console, DateOnly? asOf, int window, ClassPolicies policies, FileInfo output, CancellationToken cancellationToken)
    {
        try
        {
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
            await storage.ProjectOutboxAsync(cancellationToken);
            using var connection = storage.Analytics.OpenConnection();
            var day = asOf ?? SalesHistory.LastDay(connection) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var request = ReplenishmentRequest.For(day, window) with { Policies = policies };
            _ = request.Classification; // validates the window before any work
            await new StockPositionLoader(storage.Db).LoadAsync(connection, cancellationToken);
            int rows = 0, toOrder = 0;
            using (var csv = new CsvOutput(output.FullName))
            {
                csv.Row([.. Header]);
                foreach (var line in ReplenishmentList.Compute(connection, request))
                {
                    var s = line.Suggestion;
                    csv.Row(line.Sku, line.Warehouse, line.Abc.ToString(), line.Xyz.ToString(), line.Stock.OnHand, line.Stock.Reserved, line.Stock.InTransit,
                        Round(line.Demand.MeanPerDay), Round(line.Demand.SdPerDay), s.DaysOfCover is { } cover ? Round(cover) : null,
                        line.Supplier, Round(line.LeadTime.MeanDays), Round(line.LeadTime.SdDays), Round(s.SafetyStock), Round(s.ReorderPoint),
                        Round(s.OrderUpTo), s.EconomicOrderQuantity is { } eoq ? Round(eoq) : null, s.SuggestedQuantity,
                        s.ClearanceCandidate ? "yes" : "no", s.Why);
                    rows++;
                    if (s.SuggestedQuantity > 0) toOrder++;
                }
            }
            string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
            console.Out.MarkupLine($"Demand window {request.Classification.From:yyyy-MM-dd} to {day:yyyy-MM-dd}: {N(rows)} SKU-warehouse rows, {N(toOrder)} to order, written to {Markup.Escape(output.FullName)}");
            return ExitCodes.Ok;
        }
        catch (DataDirectoryInUseException e)
        {
            return console.Refuse(e.Message);
        }
    }

    private static double Round(double value) => Math.Round(value, 4);
}
