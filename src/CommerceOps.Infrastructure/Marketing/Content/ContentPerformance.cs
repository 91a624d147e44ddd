namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>
/// One content item over a period: distinct viewers and touches in the period, and the paid orders placed in the
/// period that it is the last touch of (<see cref="ContentAttributionSql"/>), their distinct buyers and GMV.
/// </summary>
public sealed record ContentPerformance(long ContentId, string ContentType, long Viewers, long Touches, long Orders, long Buyers, decimal Gmv)
{
    /// <summary>Buyers ÷ viewers; null when nobody viewed the item in the period.</summary>
    public double? ConversionRate => Viewers == 0 ? null : (double)Buyers / Viewers;

    public bool IsLiveStream => ContentType == ContentAttributionSql.LiveStream;
}
