using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Writes orders built by the domain (<see cref="Order.Import"/>, <see cref="Order.Place"/>, transitions) with prepared
/// INSERTs instead of the change tracker: the order, its lines, its status history, its promotions and, as
/// <see cref="CommerceDbContext.SaveChangesAsync(bool, CancellationToken)"/> would, its domain events to the outbox, all
/// inside the context's current transaction; the order gets its generated id. Several times faster than SaveChanges
/// for imports and demo data (and the SQLite checkout, where it shortens the write gate), with the same rows as a result. Without <c>writeOutbox</c> the events are
/// dropped: only for bulk data whose analytics facts the caller writes itself (the large demo scale). With
/// <c>assignIdsFrom</c> (SQLite only, an empty table) order ids are assigned here, counting up from that value, and
/// rows go through <see cref="SqliteBulkInsert"/>: several times faster, for the large demo scale. In a unit of work on
/// PostgreSQL (<see cref="ForUnitOfWork"/>) the rows are queued for the unit's one round trip
/// (<see cref="CommerceDbContext.PendingWrites"/>) and a new order's id is taken ahead (<see cref="IdentityBlocks"/>).
/// </summary>
public sealed class OrderBulkWriter : IDisposable
{
    private readonly bool _writeOutbox;
    // Each statement is prepared on first use: a writer that only records a transition never prepares the inserts.
    private readonly Lazy<IBulkInsert> _orders;
    private readonly Lazy<IBulkInsert> _lines;
    private readonly Lazy<IBulkInsert> _history;
    private readonly Lazy<IBulkInsert> _outbox;
    private readonly Lazy<IBulkInsert> _promotions;
    private readonly Lazy<PreparedUpdate> _update;
    private readonly Lazy<DeferredStatement>? _deferredUpdate;
    private readonly CommerceDbContext _db;
    private readonly IEntityType _order;
    private readonly bool _assignsIds;
    private long _nextId;

    /// <summary>The writer of the checkout and the payment: each row written at once on SQLite, queued on PostgreSQL.</summary>
    public static OrderBulkWriter ForUnitOfWork(CommerceDbContext db) => new(db, writeOutbox: true, assignIdsFrom: null, deferred: !db.IsSqlite);

    public OrderBulkWriter(CommerceDbContext db, bool writeOutbox = true, long? assignIdsFrom = null) : this(db, writeOutbox, assignIdsFrom, deferred: false) { }

    private OrderBulkWriter(CommerceDbContext db, bool writeOutbox, long? assignIdsFrom, bool deferred)
    {
        _db = db;
        _writeOutbox = writeOutbox;
        _assignsIds = assignIdsFrom is not null;
        _nextId = assignIdsFrom ?? 0;
        var model = db.Model;
        var order = _order = model.FindEntityType(typeof(Order))!;
        var address = order.FindNavigation(nameof(Order.ShippingAddress))!.TargetEntityType;
        IBulkInsert Insert(IEntityType table, IProperty[] columns) =>
            deferred ? DeferredStatement.Insert(db, table, columns)
            : _assignsIds ? new SqliteBulkInsert(db, table, columns) : new PreparedInsert(db, table, columns, returnsId: false);
        IProperty[] orderColumns =
        [
            .. PreparedInsert.Columns(order, nameof(Order.Number), nameof(Order.CustomerId), nameof(Order.CustomerCode), nameof(Order.Channel),
                nameof(Order.Source), nameof(Order.Status), nameof(Order.PaymentMethod), nameof(Order.Currency), nameof(Order.Remarks),
                nameof(Order.PlacedAt), nameof(Order.PaymentDueAt), nameof(Order.PaidAt), nameof(Order.ShippedAt), nameof(Order.DeliveredAt), nameof(Order.PromisedBy),
                nameof(Order.CompletedAt), nameof(Order.CancelledAt), nameof(Order.Total), nameof(Order.Version),
                nameof(Order.PromisedFrom), nameof(Order.ShipBy), nameof(Order.PromiseLevel)),
            .. PreparedInsert.Columns(address, nameof(PostalAddress.Recipient), nameof(PostalAddress.Phone), nameof(PostalAddress.Province),
                nameof(PostalAddress.City), nameof(PostalAddress.District), nameof(PostalAddress.Line)),
        ];
        _orders = new(() => _assignsIds || deferred
            ? Insert(order, [.. PreparedInsert.Columns(order, nameof(Order.Id)), .. orderColumns])
            : new PreparedInsert(db, order, orderColumns, returnsId: true));
        // A transition writes every column the insert does (unchanged ones with their own values), so any transition's
        // changes are stored; the stored version must still be the one the order was read with.
        var identity = PreparedInsert.Columns(order, nameof(Order.Id), nameof(Order.Version));
        _update = new(() => new PreparedUpdate(db, order, orderColumns, identity));
        if (deferred) _deferredUpdate = new(() => DeferredStatement.Update(db, order, orderColumns, identity));
        var line = model.FindEntityType(typeof(OrderLine))!;
        var confirmation = line.FindNavigation(nameof(OrderLine.ReturnConfirmation))!.TargetEntityType;
        _lines = new(() => Insert(line,
        [
            .. PreparedInsert.Columns(line, nameof(OrderLine.OrderId), nameof(OrderLine.SkuId), nameof(OrderLine.SkuCode), nameof(OrderLine.ProductTitle),
                nameof(OrderLine.CategoryCode), nameof(OrderLine.Quantity), nameof(OrderLine.UnitPrice), nameof(OrderLine.WarehouseId), nameof(OrderLine.Discount)),
            .. PreparedInsert.Columns(confirmation, nameof(ReturnPolicyConfirmation.Exclusion), nameof(ReturnPolicyConfirmation.PolicyVersion),
                nameof(ReturnPolicyConfirmation.Text), nameof(ReturnPolicyConfirmation.ConfirmedAt)),
        ]));
        var history = model.FindEntityType(typeof(OrderStatusChange))!;
        _history = new(() => Insert(history, PreparedInsert.Columns(history,
            nameof(OrderStatusChange.OrderId), nameof(OrderStatusChange.From), nameof(OrderStatusChange.To), nameof(OrderStatusChange.At),
            nameof(OrderStatusChange.Reason))));
        var outbox = model.FindEntityType(typeof(OutboxMessage))!;
        _outbox = new(() => Insert(outbox, PreparedInsert.Columns(outbox,
            nameof(OutboxMessage.EventId), nameof(OutboxMessage.Type), nameof(OutboxMessage.Payload), nameof(OutboxMessage.OccurredAt))));
        var promotion = order.FindNavigation(nameof(Order.Promotions))!.TargetEntityType;
        _promotions = new Lazy<IBulkInsert>(() => Insert(promotion, PreparedInsert.Columns(promotion, "OrderId", nameof(OrderPromotion.PromotionId),
            nameof(OrderPromotion.Code), nameof(OrderPromotion.Name), nameof(OrderPromotion.Type), nameof(OrderPromotion.Amount))));
    }

    /// <summary>Writes the order and its pending domain events, then clears them from the aggregate.</summary>
    public async Task<long> WriteAsync(Order order, CancellationToken cancellationToken)
    {
        var row = Row(order);
        long id;
        if (_assignsIds || _deferredUpdate is not null) // ids known before the insert: assigned here, or taken ahead for a queued one
        {
            id = _assignsIds ? _nextId++ : order.Id != 0 ? order.Id : await IdentityBlocks.NextAsync(_db, _order, cancellationToken);
            await _orders.Value.InsertAsync([id, .. row], cancellationToken);
        }
        else
        {
            id = await _orders.Value.InsertAsync(row, cancellationToken);
        }
        var values = new object?[13];
        foreach (var l in order.Lines)
        {
            values[0] = id; values[1] = l.SkuId; values[2] = l.SkuCode; values[3] = l.ProductTitle;
            values[4] = l.CategoryCode; values[5] = l.Quantity; values[6] = l.UnitPrice; values[7] = l.WarehouseId; values[8] = l.Discount;
            var c = l.ReturnConfirmation;
            values[9] = c?.Exclusion; values[10] = c?.PolicyVersion; values[11] = c?.Text; values[12] = c?.ConfirmedAt;
            await _lines.Value.InsertAsync(values, cancellationToken);
        }
        foreach (var h in order.History)
            await _history.Value.InsertAsync([id, h.From, h.To, h.At, h.Reason], cancellationToken);
        foreach (var p in order.Promotions)
            await _promotions.Value.InsertAsync([id, p.PromotionId, p.Code, p.Name, p.Type, p.Amount], cancellationToken);
        EntityInsert.AssignId(order, id);
        if (_writeOutbox) await WriteEventsAsync(order, cancellationToken);
        order.ClearDomainEvents();
        return id;
    }

    /// <summary>
    /// Stores an order's transitions since it was read with <paramref name="storedVersion"/>: its columns, the new
    /// entries of its history and its events. Fails like SaveChanges when the stored order is no longer that version.
    /// </summary>
    public async Task UpdateAsync(Order order, int storedVersion, CancellationToken cancellationToken)
    {
        object?[] values = [.. Row(order), order.Id, storedVersion];
        var changed = $"Order {order.Number} was changed since it was read (version {storedVersion}).";
        if (_deferredUpdate is not null) _deferredUpdate.Value.Add(values, failsUnlessOneRow: changed);
        else if (await _update.Value.ExecuteAsync(values, cancellationToken) != 1) throw new DbUpdateConcurrencyException(changed);
        foreach (var h in order.History)
            if (h.Id == 0) await _history.Value.InsertAsync([order.Id, h.From, h.To, h.At, h.Reason], cancellationToken);
        await WriteEventsAsync(order, cancellationToken);
        order.ClearDomainEvents();
    }

    /// <summary>Writes an aggregate's pending domain events to the outbox, as SaveChanges would (the caller clears them).</summary>
    private async Task WriteEventsAsync(AggregateRoot aggregate, CancellationToken cancellationToken)
    {
        foreach (var e in aggregate.DomainEvents)
        {
            var message = CommerceDbContext.ToOutbox(e);
            await _outbox.Value.InsertAsync([message.EventId, message.Type, message.Payload, message.OccurredAt], cancellationToken);
        }
    }

    /// <summary>The order's stored columns in the writer's column order.</summary>
    private static object?[] Row(Order order)
    {
        var a = order.ShippingAddress;
        return
        [
            order.Number, order.CustomerId, order.CustomerCode, order.Channel, order.Source, order.Status, order.PaymentMethod,
            order.Currency, order.Remarks, order.PlacedAt, order.PaymentDueAt, order.PaidAt, order.ShippedAt, order.DeliveredAt, order.PromisedBy,
            order.CompletedAt, order.CancelledAt, order.Total, order.Version, order.PromisedFrom, order.ShipBy, order.PromiseLevel,
            a?.Recipient, a?.Phone, a?.Province, a?.City, a?.District, a?.Line,
        ];
    }

    public void Dispose()
    {
        foreach (var statement in new Lazy<IBulkInsert>[] { _orders, _lines, _history, _outbox, _promotions })
            if (statement.IsValueCreated) statement.Value.Dispose();
        if (_update.IsValueCreated) _update.Value.Dispose();
    }
}
