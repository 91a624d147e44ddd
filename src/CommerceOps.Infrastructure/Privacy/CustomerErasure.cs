using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// Deletion on request (PIPL Art.47) as anonymisation, keeping what the law requires (PI-RETAIN-009: transaction records
/// ≥ 3 years, 电子商务法 Art.31): the customer's name, contacts and address book go and every consent is withdrawn; orders
/// stay with their amounts, lines and status history but with the recipient, phone and address line masked and remarks
/// cleared; return requests lose their free text and refund account details; tickets lose the customer's words; behaviour
/// events are detached from the customer in the analytics store. Runs inside the caller's unit of work.
/// </summary>
public sealed class CustomerErasure(CommerceDbContext db, AnalyticsStore analytics)
{
    public const string ErasedText = "[已删除 / erased]";

    /// <summary>Anonymises the commerce store rows (staged in the unit of work). Call <see cref="DetachEventsAsync"/> after it commits.</summary>
    public async Task<(int Orders, int Returns, int Tickets)> AnonymiseAsync(string customerCode, DateTimeOffset at, CancellationToken ct)
    {
        var customer = await db.Customers.Include(c => c.Addresses).Include(c => c.Consents).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Code == customerCode, ct)
            ?? throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
        customer.Anonymise(at);
        var orders = await db.Orders.Where(o => o.CustomerId == customer.Id || o.CustomerCode == customer.Code).ToListAsync(ct);
        foreach (var order in orders) order.MaskPersonalData();
        var returns = await db.ReturnRequests.Where(r => r.CustomerCode == customer.Code).ToListAsync(ct);
        foreach (var request in returns) request.MaskPersonalData();
        var tickets = await db.Tickets.Include(t => t.Entries).Where(t => t.CustomerId == customer.Id).ToListAsync(ct);
        foreach (var ticket in tickets) ticket.EraseCustomerText(ErasedText);
        return (orders.Count, returns.Count, tickets.Count);
    }

    /// <summary>Behaviour events keep their counts for the funnels but no longer point to the customer or their region.</summary>
    public Task<int> DetachEventsAsync(string customerCode, CancellationToken ct) =>
        analytics.WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            // The events' visitor becomes their anonymous id: the visitor counts of those days change.
            RollupDirtyDays.MarkRows(connection, "occurred_at", "FROM behaviour_events WHERE customer_id = $code",
                new Dictionary<string, object?> { ["code"] = customerCode });
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE behaviour_events SET customer_id = NULL, province = NULL, city = NULL WHERE customer_id = $code";
            command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("code", customerCode));
            var detached = command.ExecuteNonQuery();
            transaction.Commit();
            return detached;
        }, ct);
}
