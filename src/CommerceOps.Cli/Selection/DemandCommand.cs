using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Selection;
using Spectre.Console;

namespace CommerceOps.Cli.Selection;

/// <summary>
/// <c>demand terms --from D --to D --out FILE.csv</c>: the demand-mining terms of the /demand page, one row per
/// normalised term searched in the period, in group order (groups by searches, then name; terms likewise):
/// <c>term,group,spellings,searches,this_week,last_week,growth,max_results,few_results,rising</c>.
/// </summary>
public static class DemandCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd, China time), inclusive", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd, China time), inclusive", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var fewResults = new Option<int>("--few-results") { Description = "A term has few results when no search of it returned more than this", DefaultValueFactory = _ => DemandThresholds.Default.FewResults };
        var minSearches = new Option<int>("--min-searches") { Description = "A rising term was searched at least this often in the last 7 days", DefaultValueFactory = _ => DemandThresholds.Default.MinRisingSearches };
        var terms = new Command("terms", "Search terms of a period: few-result and rising terms, grouped by similarity") { from, to, output, fewResults, minSearches };
        terms.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            if (!CliDates.TryParse(parseResult.GetValue(from), out var first)) return console.Refuse($"--from: '{parseResult.GetValue(from)}' is not a date like 2026-03-31");
            if (!CliDates.TryParse(parseResult.GetValue(to), out var last)) return console.Refuse($"--to: '{parseResult.GetValue(to)}' is not a date like 2026-03-31");
            if (last < first) return console.Refuse("--to: the period ends before it starts");
            DemandRequest request;
            try
            {
                request = DemandRequest.For(last, last.DayNumber - first.DayNumber + 1, parseResult.GetValue(fewResults), parseResult.GetValue(minSearches));
            }
            catch (DomainException e)
            {
                return console.Refuse($"{(e.Field == "days" ? "--from" : "--" + e.Field)}: {e.Message}");
            }
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await storage.ProjectOutboxAsync(cancellationToken);
                using var segmenter = new ChineseWordSegmenter();
                var report = DemandReport.Build(request, new SearchTermQuery(storage.Analytics).Terms(request), segmenter);
                var file = parseResult.GetValue(output)!;
                var rows = Write(file.FullName, report);
                console.Out.MarkupLine($"{rows} terms in {report.Groups.Count} groups written to {Markup.Escape(file.FullName)}");
                return ExitCodes.Ok;
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
        });
        return new Command("demand", "Demand mining from storefront searches") { terms };
    }

    private static int Write(string path, DemandReport report)
    {
        var few = report.FewResults.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var rising = report.Rising.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var rows = 0;
        using var csv = new CsvOutput(path);
        csv.Row("term", "group", "spellings", "searches", "this_week", "last_week", "growth", "max_results", "few_results", "rising");
        foreach (var group in report.Groups)
        {
            foreach (var t in group.Terms)
            {
                csv.Row(t.Term, group.Name, string.Join('|', t.Spellings), t.Searches, t.ThisWeek, t.LastWeek, t.Growth, t.MaxResults,
                    few.Contains(t.Term) ? "true" : "false", rising.Contains(t.Term) ? "true" : "false");
                rows++;
            }
        }
        return rows;
    }
}
