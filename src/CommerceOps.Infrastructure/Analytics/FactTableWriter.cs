using System.Text.Json;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Applies one batch of outbox events to the DuckDB fact tables in one transaction: events already in
/// <c>projected_events</c> are skipped, new facts go in through appenders, changes to orders from earlier
/// batches are applied with one set-based UPDATE, and every event id is recorded. Either all of it commits or none.
/// </summary>
internal sealed class FactTableWriter(DuckDBConnection connection, ILogger logger)
{
    private const string StagedChangesTable = "order_fact_changes";

    private readonly List<OrderFact> _newOrders = [];
    private readonly Dictionary<string, OrderFact> _newOrdersByNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrderFactChanges> _earlierOrderChanges = new(StringComparer.Ordinal);
    private readonly List<(Guid EventId, PaymentCaptured Payment)> _payments = [];
    private readonly List<(Guid EventId, StockMoved Movement)> _stockMovements = [];
    private readonly List<(Guid EventId, RefundIssued Refund)> _refunds = [];
    private readonly List<(PendingOutboxEvent Event, string Outcome)> _projected = [];

    /// <summary>Applies the batch (ordered by outbox id) and returns how many events were new.</summary>
    public int Apply(IReadOnlyList<PendingOutboxEvent> batch, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        var alreadyProjected = LoadProjectedEventIds(batch[0].OutboxId, batch[^1].OutboxId);
        foreach (var pending in batch)
        {
            if (alreadyProjected.Contains(pending.EventId)) continue;
            _projected.Add((pending, Route(pending)));
        }
        AppendOrders();
        AppendOrderLines();
        AppendPayments();
        AppendStockMovements();
        AppendRefunds();
        UpdateEarlierOrders();
        AppendProjectedEvents(now);
        transaction.Commit();
        return _projected.Count;
    }

    // Outbox ids grow in insertion order, so zone maps let this range read touch only the newest row groups.
    private HashSet<Guid> LoadProjectedEventIds(long firstOutboxId, long lastOutboxId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_id FROM projected_events WHERE outbox_id BETWEEN ? AND ?";
        command.Parameters.Add(new DuckDBParameter(firstOutboxId));
        command.Parameters.Add(new DuckDBParameter(lastOutboxId));
        using var reader = command.ExecuteReader();
        var ids = new HashSet<Guid>();
        while (reader.Read()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    private string Route(PendingOutboxEvent pending)
    {
        try
        {
            switch (pending.Type)
            {
                case nameof(OrderPlaced):
                    var placed = Read<OrderPlaced>(pending);
                    var fact = new OrderFact(placed);
                    _newOrders.Add(fact);
                    _newOrdersByNumber[placed.Number] = fact;
                    break;
                case nameof(OrderStatusChanged):
                    var statusChanged = Read<OrderStatusChanged>(pending);
                    ChangesOf(statusChanged.Number).Apply(statusChanged);
                    break;
                case nameof(OrderAddressChanged):
                    var addressChanged = Read<OrderAddressChanged>(pending);
                    ChangesOf(addressChanged.Number).Apply(addressChanged);
                    break;
                case nameof(PaymentCaptured):
                    var payment = Read<PaymentCaptured>(pending);
                    _payments.Add((pending.EventId, payment));
                    ChangesOf(payment.OrderNumber).Apply(payment);
                    break;
                case nameof(StockMoved):
                    _stockMovements.Add((pending.EventId, Read<StockMoved>(pending)));
                    break;
                case nameof(RefundIssued):
                    _refunds.Add((pending.EventId, Read<RefundIssued>(pending)));
                    break;
                case nameof(AlertRaised) or nameof(AlertClosed):
                    return ProjectionOutcome.NotAnalytics;
                default:
                    logger.LogWarning("Outbox event {OutboxId} has type {Type}, which the analytics projection does not know; recorded and skipped.",
                        pending.OutboxId, pending.Type);
                    return ProjectionOutcome.UnknownType;
            }
            return ProjectionOutcome.Applied;
        }
        catch (JsonException ex)
        {
            // A poison message must not stop every later event; it stays in the outbox for inspection.
            logger.LogError(ex, "Outbox event {OutboxId} ({Type}) has an unreadable payload; recorded and skipped.", pending.OutboxId, pending.Type);
            return ProjectionOutcome.Unreadable;
        }
    }

    private static T Read<T>(PendingOutboxEvent pending) where T : class =>
        JsonSerializer.Deserialize<T>(pending.Payload, CommerceDbContext.EventJson)
        ?? throw new JsonException($"The payload of a {typeof(T).Name} is null.");

    private OrderFactChanges ChangesOf(string orderNumber)
    {
        if (_newOrdersByNumber.TryGetValue(orderNumber, out var fact)) return fact.Changes;
        if (!_earlierOrderChanges.TryGetValue(orderNumber, out var changes))
            _earlierOrderChanges[orderNumber] = changes = new OrderFactChanges();
        return changes;
    }

    private void AppendOrders()
    {
        if (_newOrders.Count == 0) return;
        RollupDirtyDays.Mark(connection, _newOrders.Select(o => o.Placed.OccurredAt));
        using var appender = connection.CreateAppender("fact_orders");
        foreach (var order in _newOrders)
        {
            var placed = order.Placed;
            appender.CreateRow()
                .AppendValue(placed.Number)
                .AppendValue(placed.CustomerCode)
                .AppendValue(placed.Channel)
                .AppendValue(order.Province)
                .AppendValue(order.City)
                .AppendValue(placed.PaymentMethod)
                .AppendValue(placed.Currency)
                .AppendValue(placed.Total)
                .AppendValue(placed.Lines.Count)
                .AppendValue(order.Status)
                .AppendValue(placed.Source)
                .AppendValue(placed.OccurredAt.UtcDateTime)
                .AppendValue(order.PaidAt)
                .AppendValue(order.Changes.ShippedAt)
                .AppendValue(order.Changes.DeliveredAt)
                .AppendValue(order.Changes.CancelledAt)
                .EndRow();
        }
    }

    // Lines keep the province the order was placed with: they describe the sale as it happened.
    private void AppendOrderLines()
    {
        if (_newOrders.Count == 0) return;
        using var appender = connection.CreateAppender("fact_order_lines");
        foreach (var order in _newOrders)
        {
            var placed = order.Placed;
            var placedAt = placed.OccurredAt.UtcDateTime;
            foreach (var line in placed.Lines)
            {
                appender.CreateRow()
                    .AppendValue(placed.Number)
                    .AppendValue(line.LineNo)
                    .AppendValue(placed.CustomerCode)
                    .AppendValue(line.SkuCode)
                    .AppendValue(line.ProductTitle)
                    .AppendValue(line.CategoryCode)
                    .AppendValue(line.Quantity)
                    .AppendValue(line.UnitPrice)
                    .AppendValue(line.Amount)
                    .AppendValue(placed.Currency)
                    .AppendValue(placed.Channel)
                    .AppendValue(placed.Province)
                    .AppendValue(placedAt)
                    .EndRow();
            }
        }
    }

    private void AppendPayments()
    {
        if (_payments.Count == 0) return;
        using var appender = connection.CreateAppender("fact_payments");
        foreach (var (eventId, payment) in _payments)
        {
            appender.CreateRow()
                .AppendValue(eventId)
                .AppendValue(payment.OrderNumber)
                .AppendValue(payment.Method)
                .AppendValue(payment.Amount)
                .AppendValue(payment.Currency)
                .AppendValue(payment.ProviderReference)
                .AppendValue(payment.OccurredAt.UtcDateTime)
                .EndRow();
        }
    }

    private void AppendStockMovements()
    {
        if (_stockMovements.Count == 0) return;
        using var appender = connection.CreateAppender("fact_stock_movements");
        foreach (var (eventId, movement) in _stockMovements)
        {
            appender.CreateRow()
                .AppendValue(eventId)
                .AppendValue(movement.SkuCode)
                .AppendValue(movement.WarehouseCode)
                .AppendValue(movement.Kind)
                .AppendValue(movement.Quantity)
                .AppendValue(movement.Reference)
                .AppendValue(movement.OccurredAt.UtcDateTime)
                .EndRow();
        }
    }

    // One row per refund paid, partial ones included, so refund metrics are SQL over this table.
    private void AppendRefunds()
    {
        if (_refunds.Count == 0) return;
        using var appender = connection.CreateAppender("fact_refunds");
        foreach (var (eventId, refund) in _refunds)
        {
            appender.CreateRow()
                .AppendValue(eventId)
                .AppendValue(refund.OrderNumber)
                .AppendValue(refund.Amount)
                .AppendValue(refund.Currency)
                .AppendValue(refund.Reason)
                .AppendValue(refund.OccurredAt.UtcDateTime)
                .EndRow();
        }
    }

    /// <summary>
    /// Orders placed in earlier batches are changed set-wise: the merged changes go into a temp table and one
    /// UPDATE joins them in, instead of one scan of fact_orders per event.
    /// </summary>
    private void UpdateEarlierOrders()
    {
        if (_earlierOrderChanges.Count == 0) return;
        Execute($"""
            CREATE TEMP TABLE IF NOT EXISTS {StagedChangesTable} (
                order_number VARCHAR, status VARCHAR, province VARCHAR, city VARCHAR,
                paid_at TIMESTAMPTZ, shipped_at TIMESTAMPTZ, delivered_at TIMESTAMPTZ, cancelled_at TIMESTAMPTZ);
            DELETE FROM {StagedChangesTable};
            """);
        using (var appender = connection.CreateAppender("temp", "main", StagedChangesTable))
        {
            foreach (var (orderNumber, changes) in _earlierOrderChanges)
            {
                appender.CreateRow()
                    .AppendValue(orderNumber)
                    .AppendValue(changes.Status)
                    .AppendValue(changes.Province)
                    .AppendValue(changes.City)
                    .AppendValue(changes.PaidAt)
                    .AppendValue(changes.ShippedAt)
                    .AppendValue(changes.DeliveredAt)
                    .AppendValue(changes.CancelledAt)
                    .EndRow();
            }
        }
        // Only entering or leaving "cancelled" changes the rollup (the GMV and buyers of the day the order was placed);
        // payment, shipment and delivery of earlier orders, the daily bulk of changes, leave it clean.
        RollupDirtyDays.MarkRows(connection, "f.placed_at", $"""
            FROM fact_orders f JOIN {StagedChangesTable} c ON c.order_number = f.order_number
            WHERE (COALESCE(c.status, f.status) = 'cancelled') <> (f.status = 'cancelled')
            """, new Dictionary<string, object?>());
        Execute($"""
            UPDATE fact_orders SET
                status = COALESCE(c.status, fact_orders.status),
                province = COALESCE(c.province, fact_orders.province),
                city = COALESCE(c.city, fact_orders.city),
                paid_at = COALESCE(fact_orders.paid_at, c.paid_at,
                    CASE WHEN fact_orders.payment_method = ? THEN c.delivered_at END),
                shipped_at = COALESCE(c.shipped_at, fact_orders.shipped_at),
                delivered_at = COALESCE(c.delivered_at, fact_orders.delivered_at),
                cancelled_at = COALESCE(c.cancelled_at, fact_orders.cancelled_at)
            FROM {StagedChangesTable} AS c
            WHERE fact_orders.order_number = c.order_number
            """, OrderFact.CashOnDelivery);
    }

    private void AppendProjectedEvents(DateTimeOffset now)
    {
        if (_projected.Count == 0) return;
        var projectedAt = now.UtcDateTime;
        using var appender = connection.CreateAppender("projected_events");
        foreach (var (pending, outcome) in _projected)
        {
            appender.CreateRow()
                .AppendValue(pending.EventId)
                .AppendValue(pending.OutboxId)
                .AppendValue(pending.Type)
                .AppendValue(outcome)
                .AppendValue(projectedAt)
                .EndRow();
        }
    }

    private void Execute(string sql, params object[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters) command.Parameters.Add(new DuckDBParameter(parameter));
        command.ExecuteNonQuery();
    }
}
