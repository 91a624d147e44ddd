using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>The customer's record for the return rules: delivered or completed orders, and refunded returns in the last 90 days.</summary>
public sealed class CustomerHistoryQuery(CommerceDbContext db)
{
    public async Task<CustomerHistory> ForAsync(string? customerCode, DateTimeOffset now, CancellationToken ct)
    {
        if (customerCode is null) return new(0, 0);
        var completed = await db.Orders.CountAsync(o => o.CustomerCode == customerCode
            && (o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Completed), ct);
        var since = now - CustomerHistory.RecentWindow;
        var refunds = await db.ReturnRequests.CountAsync(r => r.CustomerCode == customerCode
            && r.Status == ReturnStatus.Refunded && r.RefundedAt >= since, ct);
        return new(completed, refunds);
    }
}
