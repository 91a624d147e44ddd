using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// The retention sweep for customers anonymised on a deletion request: once a transaction record has been kept the
/// retention period from its completion (<see cref="TransactionRetention"/>), the personal data still on it is cleared
/// (<see cref="Domain.Ordering.Order.ClearRetainedPersonalData"/>) and the customer's deletion request gets an audit
/// entry. Completion is the order's completed time, or its cancellation time; an order with neither is not complete and
/// is left alone, as is everything younger than the cut-off. One unit of work per customer that still has orders to clear.
/// </summary>
public sealed class TransactionRecordPurge(CommerceDbContext db, UnitOfWork unitOfWork, TransactionRetention retention, TimeProvider time)
{
    public const string Actor = "system:retention";

    /// <summary>Returns how many orders were cleared.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cutOff = retention.CutOff(now);
        // Cleared orders no longer name their customer, so a customer whose records are all purged drops out here and the
        // sweep opens no unit of work for them.
        var due = db.Orders.Where(o => (o.CompletedAt != null && o.CompletedAt < cutOff) || (o.CompletedAt == null && o.CancelledAt != null && o.CancelledAt < cutOff));
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.AnonymisedAt != null && due.Any(o => o.CustomerId == c.Id || o.CustomerCode == c.Code))
            .Select(c => new { c.Id, c.Code }).ToListAsync(ct);
        var cleared = 0;
        foreach (var customer in customers)
        {
            cleared += await unitOfWork.RunAsync(async ct =>
            {
                var orders = await due.Where(o => o.CustomerId == customer.Id || o.CustomerCode == customer.Code).ToListAsync(ct);
                if (orders.Count == 0) return 0;
                foreach (var order in orders) order.ClearRetainedPersonalData();
                var request = await db.DataSubjectRequests.Include(r => r.Entries)
                    .Where(r => r.CustomerCode == customer.Code && r.Kind == DataSubjectRequestKind.Deletion && r.Status == DataSubjectRequestStatus.Completed)
                    .OrderByDescending(r => r.CompletedAt).FirstOrDefaultAsync(ct);
                request?.Note(Actor, "retention-purged",
                    $"{PrivacyRuleIds.Retention}: cleared the personal data left on {orders.Count} orders completed before {cutOff:yyyy-MM-dd} "
                    + $"({retention.Years} years): {string.Join(", ", orders.Select(o => o.Number).Take(20))}{(orders.Count > 20 ? ", …" : "")}", now);
                return orders.Count;
            }, ct);
        }
        return cleared;
    }
}
