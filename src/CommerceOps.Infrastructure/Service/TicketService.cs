using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>
/// The service desk's writes: tickets from chat, phone notes and order pages, answers, transfers, resolutions (each
/// resolved ticket joins the knowledge base as a past case), closing and ratings. The rules live in <see cref="Ticket"/>.
/// </summary>
public sealed class TicketService(CommerceDbContext db, UnitOfWork uow, KnowledgeIndex index, TimeProvider time)
{
    /// <summary>A new ticket; the customer comes from <paramref name="customerCode"/> or else from the order.</summary>
    public Task<Ticket> CreateAsync(TicketChannel channel, string subject, string description, string? customerCode, string? orderNumber, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            long? customerId = null;
            if (!string.IsNullOrWhiteSpace(orderNumber))
            {
                var order = await db.Orders.AsNoTracking().Where(o => o.Number == orderNumber.Trim()).Select(o => new { o.CustomerId }).SingleOrDefaultAsync(ct)
                    ?? throw new DomainException($"Order {orderNumber} does not exist.", "orderNumber");
                customerId = order.CustomerId;
            }
            if (!string.IsNullOrWhiteSpace(customerCode))
            {
                var id = await db.Customers.AsNoTracking().Where(c => c.Code == customerCode.Trim()).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct)
                    ?? throw new DomainException($"Customer {customerCode} does not exist.", "customerCode");
                if (customerId is not null && customerId != id) throw new DomainException($"Order {orderNumber} belongs to another customer.", "orderNumber");
                customerId = id;
            }
            var ticket = new Ticket(channel, subject, description, customerId, orderNumber, time.GetUtcNow());
            db.Tickets.Add(ticket);
            return ticket;
        }, ct);

    public async Task<Ticket> GetAsync(long id, CancellationToken ct) =>
        await db.Tickets.AsNoTracking().Include(t => t.Entries).SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new NotFoundException($"Ticket {Ticket.ReferenceOf(id)} does not exist.");

    public Task<Ticket> ReplyAsync(long id, string agent, string text, CancellationToken ct) => ChangeAsync(id, t => t.Reply(agent, text, time.GetUtcNow()), ct);

    public Task<Ticket> CustomerWritesAsync(long id, string text, CancellationToken ct) => ChangeAsync(id, t => t.CustomerWrites(text, time.GetUtcNow()), ct);

    public Task<Ticket> TransferAsync(long id, string agent, string to, string reason, CancellationToken ct) =>
        ChangeAsync(id, t => t.Transfer(agent, to, reason, time.GetUtcNow()), ct);

    public Task<Ticket> CloseAsync(long id, string agent, CancellationToken ct) => ChangeAsync(id, t => t.Close(agent, time.GetUtcNow()), ct);

    public Task<Ticket> RateAsync(long id, int satisfaction, CancellationToken ct) => ChangeAsync(id, t => t.Rate(satisfaction, time.GetUtcNow()), ct);

    /// <summary>Resolves the ticket and keeps it as a past case in the knowledge base (same transaction), searchable at once.</summary>
    public async Task<Ticket> ResolveAsync(long id, string agent, string resolution, CancellationToken ct)
    {
        KnowledgeArticle? pastCase = null;
        var ticket = await ChangeAsync(id, t =>
        {
            t.Resolve(agent, resolution, time.GetUtcNow());
            pastCase = new KnowledgeArticle(KnowledgeKind.ResolvedTicket, $"{t.Reference} {t.Subject}", t.Description, t.Resolution!,
                [t.Channel.ToWire()], time.GetUtcNow(), t.Reference);
            db.KnowledgeArticles.Add(pastCase);
        }, ct);
        index.Upsert(KnowledgeDocument.From(pastCase!));
        return ticket;
    }

    private async Task<Ticket> ChangeAsync(long id, Action<Ticket> change, CancellationToken ct)
    {
        await uow.RunAsync(async ct =>
        {
            var ticket = await db.Tickets.Include(t => t.Entries).SingleOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new NotFoundException($"Ticket {Ticket.ReferenceOf(id)} does not exist.");
            change(ticket);
        }, ct);
        return await GetAsync(id, ct);
    }
}
