namespace CommerceOps.Domain.Analytics;

/// <summary>
/// GMV = visitors × conversion rate × average order value, with conversion = buyers / visitors and average order
/// value = GMV / buyers (客单价, per buyer), so the identity holds exactly whenever there are visitors.
/// Counts are decimal because a baseline may be a mean of several weeks.
/// </summary>
public sealed record GmvFactors(decimal Visitors, decimal Buyers, decimal Orders, decimal RepeatBuyers, decimal Gmv)
{
    public decimal ConversionRate => Visitors == 0 ? 0 : Buyers / Visitors;
    public decimal AverageOrderValue => Buyers == 0 ? 0 : Gmv / Buyers;

    /// <summary>Share of the period's buyers who placed two or more orders in it (复购率).</summary>
    public decimal RepurchaseRate => Buyers == 0 ? 0 : RepeatBuyers / Buyers;

    /// <summary>Mean of several periods' factors (the baseline of "same weekday over the past weeks").</summary>
    public static GmvFactors Mean(IReadOnlyList<GmvFactors> periods) =>
        periods.Count == 0 ? new(0, 0, 0, 0, 0) : new(
            periods.Average(p => p.Visitors), periods.Average(p => p.Buyers), periods.Average(p => p.Orders),
            periods.Average(p => p.RepeatBuyers), periods.Average(p => p.Gmv));
}
