using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Alerts;

/// <summary>
/// <c>alerts check [--format table|csv|json]</c>: evaluates every enabled alert rule now, exactly as the server's schedule
/// does (yellow/red open or update inbox alerts with their diagnosis, recoveries resolve them), prints each rule's state
/// and exits 0 whatever the levels are.
/// </summary>
public static class AlertsCommand
{
    public static readonly string[] Columns =
        ["rule", "name", "metric", "step", "kind", "status", "level", "value", "baseline", "compared", "yellow", "red", "clear", "sample", "minimum_sample"];

    public static Command Create()
    {
        var alerts = new Command("alerts", "Metric alert rules (红黄灯)");
        var format = new Option<string>("--format") { Description = "table (default), csv or json, on stdout", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var check = new Command("check", "Evaluate every enabled rule now and print its state") { format };
        check.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await storage.ProjectOutboxAsync(cancellationToken);
                var results = await Evaluator(storage).EvaluateAsync(cancellationToken);
                var output = parseResult.InvocationConfiguration.Output;
                switch (parseResult.GetValue(format))
                {
                    case "csv": WriteCsv(output, results); break;
                    case "json": output.WriteLine(JsonSerializer.Serialize(results, AlertJson.Options)); break;
                    default: WriteTable(console.Out, results); break;
                }
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is DomainException or DataDirectoryInUseException)
            {
                return console.Refuse(e.Message);
            }
        });
        alerts.Subcommands.Add(check);
        return alerts;
    }

    private static AlertEvaluator Evaluator(CliStorage storage)
    {
        var time = TimeProvider.System;
        var unitOfWork = new UnitOfWork(storage.Db, new WriteGate(serialize: !storage.Options.UsesPostgres), new OutboxSignal());
        var metrics = new AlertMetricQuery(storage.Analytics);
        return new AlertEvaluator(storage.Db, unitOfWork, new AlertInbox(storage.Db, time), metrics,
            new AlertDiagnoser(metrics, new PaymentChecksQuery(storage.Analytics)), time);
    }

    private static object?[] Row(RuleCheckResult r) =>
    [
        r.RuleId, r.Name, r.Metric, r.Step, r.Kind, Status(r), r.Level, r.Value, r.Baseline, r.Compared, r.Yellow, r.Red, r.Clear, r.Sample, r.MinimumSample,
    ];

    private static string Status(RuleCheckResult r) => JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Status.ToString());

    private static void WriteCsv(TextWriter output, IReadOnlyList<RuleCheckResult> results)
    {
        using var csv = CsvOutput.On(output);
        csv.Row(Columns);
        foreach (var r in results) csv.Row(Row(r));
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<RuleCheckResult> results)
    {
        if (results.Count == 0)
        {
            console.WriteLine("No enabled alert rules.");
            return;
        }
        var table = new Table().AddColumns("rule", "name", "metric", "state", "value", "baseline", "compared", "thresholds (yellow/red/clear)", "sample");
        foreach (var r in results)
        {
            var state = r.Level is { } level && level != Status(r) ? $"{level} (held: {Status(r)})" : Status(r);
            var colour = r.Level switch { "red" => "red", "yellow" => "yellow", _ => "green" };
            var unit = r.Kind == "relative" ? "%" : "";
            table.AddRow(
                r.RuleId.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Name), r.Metric + (r.Step is null ? "" : ":" + r.Step),
                $"[{colour}]{Markup.Escape(state)}[/]", Number(r.Value), Number(r.Baseline), Number(r.Compared) + (r.Compared is null ? "" : unit),
                $"{Number(r.Yellow)}/{Number(r.Red)}/{Number(r.Clear)}{unit}", $"{r.Sample} (min {r.MinimumSample})");
        }
        console.Write(table);
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "–";
}
