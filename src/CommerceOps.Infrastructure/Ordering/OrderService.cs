using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Logistics;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Ordering;

/// <summary>Order operations after placement. Each is one transaction; the state machine lives in <see cref="Order"/>.</summary>
public sealed class OrderService(CommerceDbContext db, UnitOfWork unitOfWork, StockLedger stock, TimeProvider time)
{
    public Task<Order?> FindAsync(string number, CancellationToken ct) =>
        db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.History).AsSingleQuery()
            .SingleOrDefaultAsync(o => o.Number == number, ct);

    public Task<Order> ChangeDeliveryAsync(string number, PostalAddress? address, string? remarks, CancellationToken ct) =>
        Modify(number, (order, now) =>
        {
            if (address is not null) order.ChangeAddress(address, now);
            if (remarks is not null) order.ChangeRemarks(remarks);
            return Task.CompletedTask;
        }, ct);

    public Task<Order> CancelAsync(string number, string reason, CancellationToken ct) =>
        Modify(number, async (order, now) =>
        {
            order.Cancel(reason, now);
            await stock.ReleaseAsync(order.Id, ct);
        }, ct);

    public Task<(Order Order, Shipment Shipment)> ShipAsync(string number, string carrier, string trackingNumber, DateTimeOffset? promisedBy, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var order = await LoadForUpdate(number, ct);
            var now = time.GetUtcNow();
            order.Ship(now);
            await stock.ShipAsync(order.Id, order.Number, now, ct);
            var warehouseId = order.Lines.Select(l => l.WarehouseId).FirstOrDefault(w => w is not null) ?? 0;
            // Without an explicit promise the shipment keeps the one made at checkout.
            var shipment = new Shipment(order.Id, order.Number, warehouseId, carrier, trackingNumber, now, promisedBy ?? order.PromisedBy);
            shipment.AddNode(now, "", "已发货 Shipped");
            db.Shipments.Add(shipment);
            return (order, shipment);
        }, ct);

    public Task<Order> DeliverAsync(string number, CancellationToken ct) =>
        Modify(number, async (order, now) =>
        {
            order.Deliver(now);
            var shipment = await db.Shipments.Include(s => s.Nodes).Where(s => s.OrderId == order.Id).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
            if (shipment is not null)
            {
                shipment.AddNode(now, order.ShippingAddress?.City ?? "", "已签收 Delivered");
                shipment.MarkDelivered(now);
            }
        }, ct);

    public Task<Order> CompleteAsync(string number, CancellationToken ct) =>
        Modify(number, (order, now) => { order.Complete(now); return Task.CompletedTask; }, ct);

    /// <summary>Cancels quick-pay orders whose payment window has passed and releases their stock.</summary>
    public async Task<int> CancelUnpaidAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Placed && o.PaymentDueAt != null && o.PaymentDueAt < now)
            .Select(o => o.Number).Take(500).ToListAsync(ct);
        foreach (var number in due)
            await CancelAsync(number, "payment timeout", ct);
        return due.Count;
    }

    private Task<Order> Modify(string number, Func<Order, DateTimeOffset, Task> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var order = await LoadForUpdate(number, ct);
            await change(order, time.GetUtcNow());
            return order;
        }, ct);

    private async Task<Order> LoadForUpdate(string number, CancellationToken ct) =>
        await db.Orders.Include(o => o.Lines).Include(o => o.History).AsSplitQuery().SingleOrDefaultAsync(o => o.Number == number, ct)
        ?? throw new NotFoundException($"Order '{number}' does not exist.");
}
