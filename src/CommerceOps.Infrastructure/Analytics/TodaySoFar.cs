namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Today up to now against yesterday up to the same time of day (Asia/Shanghai days), with the hourly curve of both
/// days and how fresh the facts behind it are.
/// </summary>
public sealed record TodaySoFar(
    DateOnly Today,
    DateTimeOffset AsOf,
    DayTotals TodayTotals,
    DayTotals YesterdayTotals,
    IReadOnlyList<HourTotals> Hours,
    DateTimeOffset? LatestOrderAt,
    DateTimeOffset? LatestEventAt)
{
    public DateOnly Yesterday => Today.AddDays(-1);
}

/// <summary>
/// GMV and orders count orders placed in the period and not cancelled; paying customers are the distinct customers
/// of those orders that are paid or cash on delivery; visitors are distinct people (customer, else anonymous id,
/// else session) with any behaviour event.
/// </summary>
public sealed record DayTotals(decimal Gmv, long Orders, long PayingCustomers, long Visitors)
{
    /// <summary>Paying customers per visitor; null without visitors.</summary>
    public double? Conversion => Visitors == 0 ? null : (double)PayingCustomers / Visitors;

    public decimal? AverageOrderValue => Orders == 0 ? null : Math.Round(Gmv / Orders, 2);
}

/// <summary>One hour of the Shanghai day: today's figures are null for hours that have not started yet.</summary>
public sealed record HourTotals(int Hour, decimal? TodayGmv, long? TodayOrders, decimal YesterdayGmv, long YesterdayOrders);
