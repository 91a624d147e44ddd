using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Appends orders straight into the DuckDB fact tables, in the final state the outbox projector would give them.
/// Used by the large scale only: projecting millions of outbox events one by one would take longer than generating
/// them, so large orders skip the outbox. Needs the analytics file to itself (the CLI holds the data-directory lock).
/// </summary>
public sealed class DemoOrderFactAppender(DuckDBConnection connection) : IDisposable
{
    private readonly DuckDBAppender _orders = connection.CreateAppender("fact_orders");
    private readonly DuckDBAppender _lines = connection.CreateAppender("fact_order_lines");
    private readonly HashSet<int> _days = [];

    public void Append(Order order)
    {
        var province = order.ShippingAddress?.Province ?? "";
        var placedAt = order.PlacedAt.UtcDateTime;
        _days.Add(ChinaDay.Of(order.PlacedAt));
        _orders.CreateRow()
            .AppendValue(order.Number)
            .AppendValue(order.CustomerCode)
            .AppendValue(order.Channel)
            .AppendValue(province)
            .AppendValue(order.ShippingAddress?.City ?? "")
            .AppendValue(order.PaymentMethod.ToWire())
            .AppendValue(order.Currency)
            .AppendValue(order.Total)
            .AppendValue(order.Lines.Count)
            .AppendValue(order.Status.ToWire())
            .AppendValue(order.Source)
            .AppendValue(placedAt)
            .AppendValue(order.PaidAt?.UtcDateTime)
            .AppendValue(order.ShippedAt?.UtcDateTime)
            .AppendValue(order.DeliveredAt?.UtcDateTime)
            .AppendValue(order.CancelledAt?.UtcDateTime)
            .EndRow();
        var lineNo = 0;
        foreach (var line in order.Lines)
        {
            _lines.CreateRow()
                .AppendValue(order.Number)
                .AppendValue(++lineNo)
                .AppendValue(order.CustomerCode)
                .AppendValue(line.SkuCode)
                .AppendValue(line.ProductTitle)
                .AppendValue(line.CategoryCode)
                .AppendValue(line.Quantity)
                .AppendValue(line.UnitPrice)
                .AppendValue(line.LineTotal)
                .AppendValue(order.Currency)
                .AppendValue(order.Channel)
                .AppendValue(province)
                .AppendValue(placedAt)
                .EndRow();
        }
    }

    public void Dispose()
    {
        _orders.Dispose();
        _lines.Dispose();
        RollupDirtyDays.MarkDays(connection, _days);
    }
}
