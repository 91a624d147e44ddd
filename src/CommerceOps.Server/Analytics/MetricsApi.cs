using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Analytics;

/// <summary>
/// Analytics over the DuckDB store: the GMV tree, funnels, session depth, the operations view and the marketing view.
/// Days are China-time calendar days, <c>to</c> included. Definitions: docs/metrics.md.
/// </summary>
public static class MetricsApi
{
    private static readonly string[] Readers = [Roles.Analyst, Roles.Operations, Roles.Marketing];

    public static void MapMetricsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/analytics").WithTags("Analytics");

        group.MapGet("/gmv-tree", (DateOnly from, DateOnly to, string? by, GmvTreeQuery query) =>
            query.Run(new GmvTreeRequest(Period(from, to), BreakdownDimensions.Parse(by))))
            .WithSummary("GMV = visitors × conversion × AOV for the period, against the previous period and the same weekdays of past weeks, split by factor.")
            .RequireRoles(Readers);

        group.MapGet("/funnel", (DateOnly? from, DateOnly? to, string? steps, string? window, string? by, string? unit, FunnelQuery query) =>
        {
            var funnel = FunnelDefinition.Parse(steps?.Split(',') ?? FunnelSteps.DefaultNames,
                window is null ? ConversionWindow.Default : ConversionWindow.Parse(window));
            var countBy = unit switch
            {
                null or "user" => FunnelUnit.User,
                "session" => FunnelUnit.Session,
                _ => throw new DomainException("unit is user or session.", "unit"),
            };
            AnalyticsPeriod? period = (from, to) switch
            {
                (null, null) => null,
                ({ } f, { } t) => Period(f, t),
                _ => throw new DomainException("Give both from and to, or neither.", from is null ? "from" : "to"),
            };
            return query.Run(new FunnelRequest(funnel, period, countBy, BreakdownDimensions.Parse(by)));
        })
            .WithSummary("Funnel over ordered steps (default home → list → product → cart → payment → purchase), window 24h, per user or session.")
            .RequireRoles(Readers);

        group.MapGet("/session-depth", (DateOnly from, DateOnly to, SessionDepthQuery query) => query.Run(Period(from, to)))
            .WithSummary("Steps sessions take to a product page and to an order, against 3 and 5.")
            .RequireRoles(Readers);

        var operations = group.MapGroup("/operations");
        operations.MapGet("/sell-through", (DateOnly from, DateOnly to, SellThroughQuery query, CancellationToken ct) => query.RunAsync(Period(from, to), ct))
            .WithSummary("动销率 by category: share of listed SKUs with at least one sale.")
            .RequireRoles(Roles.Operations, Roles.Analyst);
        operations.MapGet("/stock-sell-through", (DateOnly from, DateOnly to, StockSellThroughQuery query) => query.Run(Period(from, to)))
            .WithSummary("Units sold / (opening stock + received) by category.")
            .RequireRoles(Roles.Operations, Roles.Analyst);
        operations.MapGet("/provinces", (DateOnly from, DateOnly to, GmvTreeQuery query) =>
            query.Run(new GmvTreeRequest(Period(from, to), BreakdownDimension.Province, [])).Breakdown.Select(n => new ProvinceView(n.Group!, n.Current)))
            .WithSummary("Visitors, buyers and GMV by province.")
            .RequireRoles(Roles.Operations, Roles.Analyst);
        operations.MapGet("/heat-map", (DateOnly from, DateOnly to, SalesHeatMapQuery query) => query.Run(Period(from, to)))
            .WithSummary("Orders and GMV by category, weekday and hour of day (China time).")
            .RequireRoles(Roles.Operations, Roles.Analyst);

        var marketing = group.MapGroup("/marketing");
        marketing.MapGet("/channel-roi", (DateOnly from, DateOnly to, ChannelRoiQuery query) => query.Run(Period(from, to)))
            .WithSummary("GMV / imported spend per channel.")
            .RequireRoles(Roles.Marketing, Roles.Analyst);
        marketing.MapGet("/ad-ctr", (DateOnly from, DateOnly to, AdClickThroughQuery query) => query.Run(Period(from, to)))
            .WithSummary("Ad clicks / impressions per campaign and creative.")
            .RequireRoles(Roles.Marketing, Roles.Analyst);
        marketing.MapPost("/spend", ImportSpendAsync)
            .WithSummary("Import marketing spend as CSV (text/csv body: date,channel,campaign,spend); all or nothing, re-imported keys are replaced.")
            .Accepts<string>("text/csv")
            .ProducesValidationProblem()
            .RequireRoles(Roles.Marketing);
    }

    public sealed record ProvinceView(string Province, GmvFactors Factors);

    public sealed record SpendImported(int Rows);

    private static AnalyticsPeriod Period(DateOnly from, DateOnly to) => AnalyticsPeriod.FromDays(from, to);

    private static async Task<IResult> ImportSpendAsync(HttpRequest request, MarketingSpendImporter importer, CancellationToken cancellationToken)
    {
        // The importer reads files (line and column numbers in its errors); the body goes to a temp file first.
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path)) await request.Body.CopyToAsync(file, cancellationToken);
            var rows = await importer.ImportAsync(path, cancellationToken);
            return Results.Ok(new SpendImported(rows));
        }
        catch (ImportRefusedException e)
        {
            return Results.ValidationProblem(e.Problems.GroupBy(p => p.Column ?? "body").ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray()),
                detail: e.Message.Replace(path, "the body", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
