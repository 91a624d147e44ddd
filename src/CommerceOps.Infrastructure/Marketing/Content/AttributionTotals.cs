namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>All paid orders with a customer id placed in the period, and the part of them content earned.</summary>
public sealed record AttributionTotals(long PaidOrders, decimal PaidGmv, long AttributedOrders, decimal AttributedGmv)
{
    /// <summary>Attributed GMV ÷ paid GMV; null when nothing was paid.</summary>
    public double? GmvShare => PaidGmv == 0 ? null : (double)(AttributedGmv / PaidGmv);
}
