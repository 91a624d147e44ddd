using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Analytics;

/// <summary>
/// <c>metrics gmv --from D --to D [--by FIELD] --out FILE.csv</c>: the GMV tree, one row per (breakdown value,
/// comparison) with the factors now and in the baseline and the change split by factor.
/// </summary>
public static class MetricsCommand
{
    public static readonly string[] GmvColumns =
    [
        "comparison", "baseline_from", "baseline_to",
        "visitors", "visitors_baseline", "conversion_rate", "conversion_rate_baseline",
        "average_order_value", "average_order_value_baseline", "gmv", "gmv_baseline", "gmv_change",
        "visitors_effect", "conversion_effect", "average_order_value_effect", "unattributed",
        "buyers", "buyers_baseline", "orders", "orders_baseline", "repurchase_rate", "repurchase_rate_baseline",
    ];

    public static Command Create()
    {
        var metrics = new Command("metrics", "Metric trees from the analytics store");
        var from = AnalyticsOptions.From(required: true);
        var to = AnalyticsOptions.To(required: true);
        var by = AnalyticsOptions.By($"Break down by {string.Join(", ", BreakdownDimensions.ByName.Keys)}");
        var output = AnalyticsOptions.Out();
        var gmv = new Command("gmv", "GMV = visitors × conversion × average order value, against the previous period and the same weekdays of past weeks")
        {
            from, to, by, output,
        };
        gmv.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            try
            {
                var dimension = BreakdownDimensions.Parse(parseResult.GetValue(by));
                var period = AnalyticsOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to))!;
                var file = parseResult.GetValue(output)!;
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await storage.ProjectOutboxAsync(cancellationToken);
                var tree = new GmvTreeQuery(storage.Analytics).Run(new GmvTreeRequest(period, dimension));
                var nodes = dimension is null ? [tree.Total] : tree.Breakdown;
                CsvOutput.Write(file.FullName, dimension is { } d ? [d.Name(), .. GmvColumns] : GmvColumns,
                    nodes.SelectMany(n => n.Comparisons.Select(c => Row(n, c, dimension is not null))), CsvOutput.SixDecimals);
                console.Out.MarkupLine($"Wrote the GMV tree to {Markup.Escape(file.FullName)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is DomainException or DataDirectoryInUseException)
            {
                return console.Refuse(e.Message);
            }
        });
        metrics.Subcommands.Add(gmv);
        return metrics;
    }

    private static IReadOnlyList<object?> Row(GmvNode node, GmvComparisonResult c, bool withGroup)
    {
        var now = node.Current;
        var then = c.Baseline;
        var d = c.Decomposition;
        object?[] row =
        [
            c.Kind.Name(), Day(c.Periods.Min(p => p.From)), Day(c.Periods.Max(p => p.To).AddDays(-1)),
            now.Visitors, Round(then.Visitors, 2), Round(now.ConversionRate, 6), Round(then.ConversionRate, 6),
            Round(now.AverageOrderValue, 2), Round(then.AverageOrderValue, 2), now.Gmv, Round(then.Gmv, 2), d.Change,
            d.VisitorsEffect, d.ConversionEffect, d.AverageOrderValueEffect, d.Unattributed,
            now.Buyers, Round(then.Buyers, 2), now.Orders, Round(then.Orders, 2), Round(now.RepurchaseRate, 6), Round(then.RepurchaseRate, 6),
        ];
        return withGroup ? [node.Group, .. row] : row;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.ToEven);

    private static string Day(DateTimeOffset at) => at.ToOffset(Domain.Analytics.AnalyticsPeriod.ChinaOffset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
