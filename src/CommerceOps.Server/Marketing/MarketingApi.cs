using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// RFM segments, their movement and customer lifetime value, read from the analytics store. Dates are yyyy-MM-dd and
/// mean "data before D 00:00" in <c>timeZone</c> (default UTC, as the CLI, so both give the same numbers);
/// <c>lang</c> (zh-CN default, en) picks the display names.
/// </summary>
public static class MarketingApi
{
    public sealed record NamedPart(string Key, string Name, long Customers, double Share, decimal Monetary, decimal AverageMonetary, double AverageRecencyDays, double AverageFrequency);

    public sealed record GridCell(int R, int F, string Segment, string Name, long Customers, decimal Monetary);

    public sealed record RfmView(DateOnly AsOf, DateTimeOffset Cutoff, long Customers, decimal Monetary,
        IReadOnlyList<NamedPart> Segments, IReadOnlyList<NamedPart> Stages, IReadOnlyList<GridCell> Grid);

    public sealed record RfmCustomerView(string CustomerId, long RecencyDays, long Frequency, decimal Monetary, int R, int F, int M,
        string Segment, string SegmentName, string Stage, string StageName);

    public sealed record RfmCustomerPage(IReadOnlyList<RfmCustomerView> Items, int Page, int PageSize, bool HasMore);

    public sealed record MoveView(string? From, string? FromName, string? To, string? ToName, long Customers);

    public sealed record MovementView(DateOnly From, DateOnly To, long Customers, IReadOnlyList<MoveView> Moves);

    public sealed record ClvModelView(double R, double Alpha, double A, double B, double P, double Q, double V, int FittedCustomers);

    public sealed record ClvCustomerView(string CustomerId, long X, long TX, long T, double ProbabilityAlive, double ExpectedPurchases, decimal ExpectedValue, decimal Clv);

    public sealed record ClvView(DateOnly AsOf, int HorizonMonths, int HorizonDays, ClvModelView Model, long Customers, decimal TotalClv, IReadOnlyList<ClvCustomerView> Top);

    public static void MapMarketingApi(this RouteGroupBuilder api)
    {
        string[] readers = [Roles.Marketing, Roles.Analyst, Roles.Operations];
        var segments = api.MapGroup("/segments").WithTags("Segments");

        segments.MapGet("/rfm", (string? asOf, string? timeZone, string? lang, int? newWithinDays, int? dormantAfterDays, int? lostAfterDays, AnalyticsStore store) =>
        {
            var date = AsOf(asOf, "asOf", timeZone);
            var overview = new RfmQuery(store).Overview(date, Thresholds(newWithinDays, dormantAfterDays, lostAfterDays));
            NamedPart Named(RfmOverview.Part p) =>
                new(p.Key, SegmentDisplayNames.Of(p.Key, lang), p.Customers, p.Share, p.Monetary, p.AverageMonetary, p.AverageRecencyDays, p.AverageFrequency);
            return Results.Ok(new RfmView(overview.AsOf, overview.Cutoff, overview.Customers, overview.Monetary,
                overview.Segments.Select(Named).ToList(), overview.Stages.Select(Named).ToList(),
                overview.Grid.Select(c => new GridCell(c.R, c.F, c.Segment, SegmentDisplayNames.Of(c.Segment, lang), c.Customers, c.Monetary)).ToList()));
        }).RequireRoles(readers);

        segments.MapGet("/rfm/customers", (string? asOf, string? timeZone, string? lang, string? segment, string? stage, int? page, int? pageSize,
            int? newWithinDays, int? dormantAfterDays, int? lostAfterDays, AnalyticsStore store) =>
        {
            var p = page ?? 1;
            var size = pageSize ?? 50;
            new RequestValidation()
                .Require(p is >= 1 and <= 100_000, "page", "page is between 1 and 100000.")
                .Require(size is >= 1 and <= 1000, "pageSize", "pageSize is between 1 and 1000.")
                .Require(segment is null || RfmSegments.All.Contains(segment), "segment", $"segment is one of {string.Join(", ", RfmSegments.All)}.")
                .Require(stage is null || LifecycleStages.All.Contains(stage), "stage", $"stage is one of {string.Join(", ", LifecycleStages.All)}.")
                .ThrowIfAny();
            var rows = new RfmQuery(store).Customers(AsOf(asOf, "asOf", timeZone), Thresholds(newWithinDays, dormantAfterDays, lostAfterDays))
                .Where(c => (segment is null || c.Segment == segment) && (stage is null || c.Stage == stage))
                .Skip((p - 1) * size).Take(size + 1)
                .Select(c => new RfmCustomerView(c.CustomerId, c.RecencyDays, c.Frequency, Money.Round(c.Monetary), c.R, c.F, c.M,
                    c.Segment, SegmentDisplayNames.Of(c.Segment, lang), c.Stage, SegmentDisplayNames.Of(c.Stage, lang)))
                .ToList();
            return Results.Ok(new RfmCustomerPage(rows.Take(size).ToList(), p, size, rows.Count > size));
        }).RequireRoles(readers);

        segments.MapGet("/movement", (string? from, string? to, string? timeZone, string? lang, AnalyticsStore store) =>
        {
            var (start, end) = (AsOf(from, "from", timeZone), AsOf(to, "to", timeZone));
            if (end.Date <= start.Date) throw new DomainException("to is after from.", "to");
            string? Name(string? key) => key is null ? null : SegmentDisplayNames.Of(key, lang);
            var moves = new RfmQuery(store).Movement(start, end);
            return Results.Ok(new MovementView(start.Date, end.Date, moves.Sum(m => m.Customers),
                moves.Select(m => new MoveView(m.From, Name(m.From), m.To, Name(m.To), m.Customers)).ToList()));
        }).RequireRoles(readers);

        api.MapGet("/clv", (string? asOf, string? timeZone, int? horizonMonths, int? top, AnalyticsStore store) =>
        {
            var months = horizonMonths ?? 12;
            var count = top ?? 50;
            new RequestValidation()
                .Require(months is >= 1 and <= 120, "horizonMonths", "horizonMonths is between 1 and 120.")
                .Require(count is >= 0 and <= 1000, "top", "top is between 0 and 1000.")
                .ThrowIfAny();
            var date = AsOf(asOf, "asOf", timeZone);
            var result = new LifetimeValueQuery(new PurchaseHistoryQuery(store)).Compute(date, months);
            var (bg, gg) = (result.Fit.Purchases, result.Fit.Value);
            var best = result.Customers.OrderByDescending(c => c.Clv).ThenBy(c => c.CustomerId, StringComparer.Ordinal).Take(count)
                .Select(c => new ClvCustomerView(c.CustomerId, c.X, c.TX, c.T, c.ProbabilityAlive, c.ExpectedPurchases,
                    Money.Round((decimal)c.ExpectedValue), Money.Round((decimal)c.Clv)))
                .ToList();
            return Results.Ok(new ClvView(date.Date, months, result.HorizonDays,
                new ClvModelView(bg.R, bg.Alpha, bg.A, bg.B, gg.P, gg.Q, gg.V, result.Fit.FittedCustomers),
                result.Customers.Count, Money.Round(result.Customers.Sum(c => (decimal)c.Clv)), best));
        }).WithTags("Lifetime value").RequireRoles(readers);
    }

    private static RfmAsOf AsOf(string? text, string field, string? timeZone)
    {
        var parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        TimeZoneInfo? zone = null;
        try { zone = RfmAsOf.ParseTimeZone(timeZone, "timeZone"); } catch (DomainException) { }
        new RequestValidation()
            .Require(parsed, field, $"{field} is a date like 2011-09-01.")
            .Require(zone is not null, "timeZone", "timeZone is an IANA time zone such as Asia/Shanghai.")
            .ThrowIfAny();
        return new RfmAsOf(date, zone!);
    }

    private static LifecycleThresholds Thresholds(int? newWithinDays, int? dormantAfterDays, int? lostAfterDays)
    {
        var d = LifecycleThresholds.Default;
        return new LifecycleThresholds(newWithinDays ?? d.NewWithinDays, dormantAfterDays ?? d.DormantAfterDays, lostAfterDays ?? d.LostAfterDays);
    }
}
