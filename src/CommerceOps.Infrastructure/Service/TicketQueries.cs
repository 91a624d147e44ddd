using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>What an agent sees: the queue with its SLA clocks, the customer beside the ticket, replies rendered from templates.</summary>
public sealed class TicketQueries(CommerceDbContext db, AnalyticsStore analytics, TimeProvider time)
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Tickets not yet resolved, oldest first (the first-response clock favours them), optionally one agent's (owned or handled).</summary>
    public async Task<IReadOnlyList<(Ticket Ticket, TicketTimers Timers)>> QueueAsync(string? agent, int take, CancellationToken ct)
    {
        var open = db.Tickets.AsNoTracking().Where(t => t.Status == TicketStatus.New || t.Status == TicketStatus.InProgress);
        if (agent is not null) open = open.Where(t => t.Owner == agent || t.Handler == agent);
        var tickets = await open.OrderBy(t => t.Id).Take(take).ToListAsync(ct);
        var now = time.GetUtcNow();
        return tickets.Select(t => (t, TicketSla.Default.Timers(t, now))).ToList();
    }

    /// <summary>The customer beside the ticket: who, their latest orders, their RFM segment (null when the analytics store has no orders of theirs).</summary>
    public async Task<CustomerContext?> ContextAsync(Ticket ticket, CancellationToken ct)
    {
        if (ticket.CustomerId is not { } customerId) return null;
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null) return null;
        var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.Id).Take(10)
            .Select(o => new CustomerOrder(o.Number, o.Status.ToString(), o.Total, o.PlacedAt, o.DeliveredAt))
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing).DateTime);
        var segment = new RfmQuery(analytics).SegmentOf(new RfmAsOf(today.AddDays(1), Beijing), customer.Code);
        return new CustomerContext(customer.Code, customer.Name, customer.MembershipTier, customer.RegisteredAt, segment, orders);
    }

    /// <summary>A reply from a built-in template, filled with this ticket's customer, order, tracking number and agent.</summary>
    public async Task<string> RenderAsync(Ticket ticket, string code, string language, string agent, CancellationToken ct)
    {
        var template = ReplyTemplates.Find(code, language) ?? throw new NotFoundException($"There is no template {code} in {language}.", "template");
        var name = ticket.CustomerId is { } id ? await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct) : null;
        string? tracking = null;
        if (ticket.OrderNumber is { } number)
        {
            tracking = await db.Shipments.AsNoTracking()
                .Where(s => db.Orders.Any(o => o.Id == s.OrderId && o.Number == number))
                .OrderByDescending(s => s.Id).Select(s => s.TrackingNumber).FirstOrDefaultAsync(ct);
        }
        return template.Render(new Dictionary<string, string?>
        {
            ["customer_name"] = name, ["order_number"] = ticket.OrderNumber, ["agent_name"] = agent,
            ["ticket_number"] = ticket.Reference, ["tracking_number"] = tracking,
        });
    }
}

public sealed record CustomerContext(string Code, string Name, string MembershipTier, DateTimeOffset RegisteredAt, string? Segment, IReadOnlyList<CustomerOrder> Orders);

public sealed record CustomerOrder(string Number, string Status, decimal Total, DateTimeOffset PlacedAt, DateTimeOffset? DeliveredAt);
