namespace CommerceOps.Domain.AfterSales;

/// <summary>What the rules know about the customer: orders delivered or completed, and refunds in the last 90 days.</summary>
public sealed record CustomerHistory(int CompletedOrders, int RecentRefunds)
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(90);
}
