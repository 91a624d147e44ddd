using System.CommandLine;
using CommerceOps.Cli.Analytics;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using Spectre.Console;

namespace CommerceOps.Cli.Marketing.Content;

/// <summary>
/// <c>content attribution --from D --to D [--window-days N] --out FILE.csv</c>: one row per content item touched or
/// credited in the period, with viewers, orders, buyers, conversion and GMV under last-touch attribution (docs/marketing.md).
/// </summary>
public static class ContentCommand
{
    public static readonly string[] Columns =
        ["content_id", "content_type", "title", "channel", "viewers", "touches", "orders", "buyers", "conversion_rate", "gmv"];

    public static Command Create()
    {
        var content = new Command("content", "Private domain and content");
        var from = AnalyticsOptions.From(required: true);
        var to = AnalyticsOptions.To(required: true);
        var window = new Option<int>("--window-days")
        {
            Description = $"Attribution window in days (1–{AttributionWindow.MaxDays})", DefaultValueFactory = _ => AttributionWindow.DefaultDays,
        };
        var output = AnalyticsOptions.Out();
        var attribution = new Command("attribution", "Paid orders attributed to the customer's last content or live-stream touch within the window")
        {
            from, to, window, output,
        };
        attribution.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            try
            {
                var period = AnalyticsOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to))!;
                var days = new AttributionWindow(parseResult.GetValue(window));
                var file = parseResult.GetValue(output)!;
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await storage.ProjectOutboxAsync(cancellationToken);
                var query = new ContentAttributionQuery(storage.Analytics);
                var report = await new ContentReportBuilder(storage.Db, query, new MemberCounts(storage.Db)).BuildAsync(period, days, cancellationToken);
                CsvOutput.Write(file.FullName, Columns, report.Items.Select(i => (IReadOnlyList<object?>)
                [
                    i.Performance.ContentId, i.Performance.ContentType, i.Content?.Title, i.Content?.Channel, i.Performance.Viewers, i.Performance.Touches,
                    i.Performance.Orders, i.Performance.Buyers, i.Performance.ConversionRate is { } rate ? Math.Round(rate, 6) : null, i.Performance.Gmv,
                ]), CsvOutput.SixDecimals);
                console.Out.MarkupLine($"{report.Totals.AttributedOrders:N0} of {report.Totals.PaidOrders:N0} paid orders " +
                    $"(GMV {report.Totals.AttributedGmv:N2} of {report.Totals.PaidGmv:N2}) attributed; wrote {report.Items.Count} content items to {Markup.Escape(file.FullName)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is DomainException or DataDirectoryInUseException)
            {
                return console.Refuse(e.Message);
            }
        });
        content.Subcommands.Add(attribution);
        return content;
    }
}
