using System.Data.Common;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>Collects <see cref="CustomerDataExport"/> for one customer from the commerce store and the analytics store.</summary>
public sealed class CustomerDataCollector(CommerceDbContext db, AnalyticsStore analytics, TimeProvider time)
{
    /// <summary>Behaviour events are many; the export holds the most recent ones up to this count.</summary>
    public const int MaxEvents = 10_000;

    public async Task<CustomerDataExport> CollectAsync(string customerCode, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Include(c => c.Addresses).Include(c => c.Consents).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Code == customerCode, ct)
            ?? throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).AsSplitQuery()
            .Where(o => o.CustomerId == customer.Id || o.CustomerCode == customer.Code).OrderBy(o => o.PlacedAt).ToListAsync(ct);
        var returns = await db.ReturnRequests.AsNoTracking().Where(r => r.CustomerCode == customer.Code).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Entries).Where(t => t.CustomerId == customer.Id).OrderBy(t => t.Id).ToListAsync(ct);
        var requests = await db.DataSubjectRequests.AsNoTracking().Where(r => r.CustomerCode == customer.Code).OrderBy(r => r.ReceivedAt).ToListAsync(ct);

        return new CustomerDataExport(
            time.GetUtcNow(),
            new ExportedCustomer(customer.Code, customer.Name, customer.Phone, customer.Email, customer.RegistrationChannel, customer.MembershipTier,
                customer.RegisteredAt, customer.Province, customer.City, customer.NonPersonalised, customer.AnonymisedAt),
            [.. customer.Addresses.Select(a => new ExportedAddress(a.Address.Recipient, a.Address.Phone, a.Address.Province, a.Address.City, a.Address.District, a.Address.Line, a.IsDefault))],
            [.. customer.Consents.OrderBy(c => c.GrantedAt).Select(c => new ExportedConsent(c.Purpose, c.Channel, c.GrantedAt, c.WithdrawnAt, c.Source, c.Separate))],
            [.. orders.Select(o => new ExportedOrder(o.Number, o.Status.ToWire(), o.Channel, o.PaymentMethod.ToString(), o.Total, o.Currency, o.PlacedAt, o.DeliveredAt,
                o.ShippingAddress?.Recipient, o.ShippingAddress?.Phone, o.ShippingAddress?.Province, o.ShippingAddress?.City, o.ShippingAddress?.District,
                o.ShippingAddress?.Line, o.Remarks))],
            [.. orders.SelectMany(o => o.Lines.Select(l => ExportedOrderLine.From(o.Number, l)))],
            [.. returns.Select(r => new ExportedReturn(r.Number, r.OrderNumber, r.Reason.ToString(), r.Status.ToString(), r.RefundAmount, r.Description, r.CreatedAt))],
            [.. tickets.SelectMany(t => t.Entries.Select(e => new ExportedTicketMessage(t.Id, t.Subject, e.Kind.ToString(), e.Author, e.Text, e.At))
                .Prepend(new ExportedTicketMessage(t.Id, t.Subject, "Description", "customer", t.Description, t.CreatedAt)))],
            await EventsAsync(customer.Code, ct),
            [.. requests.Select(r => new ExportedRequest(r.Number, r.Kind.ToString(), r.Status.ToString(), r.ReceivedAt, r.DueAt, r.CompletedAt))]);
    }

    private Task<IReadOnlyList<ExportedEvent>> EventsAsync(string code, CancellationToken ct) => Task.Run<IReadOnlyList<ExportedEvent>>(() =>
    {
        using var connection = analytics.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT epoch_ms(occurred_at), type, channel, sku, province, city, properties FROM behaviour_events
            WHERE customer_id = $code ORDER BY occurred_at DESC LIMIT $limit
            """;
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("code", code));
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("limit", MaxEvents));
        using DbDataReader reader = command.ExecuteReader();
        var events = new List<ExportedEvent>();
        while (reader.Read())
            events.Add(new ExportedEvent(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        return events;
    }, ct);
}
