using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Analytics;

/// <summary>
/// <c>funnel --steps a,b,c --window 24h [--from D --to D] [--by FIELD] [--unit user|session] --out FILE.csv</c>:
/// columns <c>step,users,conversion_from_previous,conversion_from_first</c>, the breakdown column first with --by.
/// </summary>
public static class FunnelCommand
{
    public static Command Create()
    {
        var steps = new Option<string>("--steps")
        {
            Description = "Ordered steps, comma-separated: page steps (home,list,product,cart,payment,purchase) or event types",
            DefaultValueFactory = _ => string.Join(',', FunnelSteps.DefaultNames),
        };
        var window = new Option<string>("--window") { Description = "Conversion window: a number and m, h or d", DefaultValueFactory = _ => "24h" };
        var from = AnalyticsOptions.From(required: false);
        var to = AnalyticsOptions.To(required: false);
        var by = AnalyticsOptions.By($"Break down by {string.Join(", ", BreakdownDimensions.ByName.Keys)} (the value on the step-1 event)");
        var unit = new Option<string>("--unit") { Description = "Count users (default) or sessions", DefaultValueFactory = _ => "user" };
        unit.AcceptOnlyFromAmong("user", "session");
        var output = AnalyticsOptions.Out();
        var command = new Command("funnel", "Funnel conversion over ordered steps (ClickHouse windowFunnel semantics) as CSV")
        {
            steps, window, from, to, by, unit, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            try
            {
                var funnel = FunnelDefinition.Parse(parseResult.GetValue(steps)!.Split(','), ConversionWindow.Parse(parseResult.GetValue(window)!));
                var dimension = BreakdownDimensions.Parse(parseResult.GetValue(by));
                var request = new FunnelRequest(funnel, AnalyticsOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to)),
                    parseResult.GetValue(unit) == "session" ? FunnelUnit.Session : FunnelUnit.User, dimension);
                var file = parseResult.GetValue(output)!;
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await storage.ProjectOutboxAsync(cancellationToken);
                var result = new FunnelQuery(storage.Analytics).Run(request);
                string[] header = ["step", "users", "conversion_from_previous", "conversion_from_first"];
                CsvOutput.Write(file.FullName, dimension is { } d ? [d.Name(), .. header] : header, result.Steps.Select(s =>
                {
                    object?[] row = [s.StepName, s.Units, s.ConversionFromPrevious, s.ConversionFromFirst];
                    return (IReadOnlyList<object?>)(dimension is null ? row : [s.Group, .. row]);
                }), CsvOutput.SixDecimals);
                console.Out.MarkupLine($"Wrote {result.Steps.Count} rows to {Markup.Escape(file.FullName)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is DomainException or DataDirectoryInUseException)
            {
                return console.Refuse(e.Message);
            }
        });
        return command;
    }
}
