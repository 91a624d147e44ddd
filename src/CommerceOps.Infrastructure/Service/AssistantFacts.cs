using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>Reads the product and order data the assistant answers from: one indexed lookup each, no tracking.</summary>
public sealed class AssistantFacts(CommerceDbContext db)
{
    public async Task<ProductFacts> ProductAsync(string skuCode, CancellationToken ct)
    {
        var row = await (
                from s in db.Skus
                where s.Code == skuCode
                join p in db.Products on s.ProductId equals p.Id
                join c in db.Categories on p.CategoryId equals c.Id
                from b in db.Brands.Where(b => b.Id == p.BrandId).DefaultIfEmpty()
                select new { s.Code, s.Specification, p.Title, Category = c.Code, Brand = b == null ? null : b.Name, p.Attributes, p.Ingredients })
            .AsNoTracking().FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"SKU '{skuCode}' does not exist.", "sku");
        return new ProductFacts(row.Code, row.Title, row.Specification, row.Category, row.Brand, row.Attributes, row.Ingredients);
    }

    public async Task<OrderFacts> OrderAsync(string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == number, ct)
            ?? throw new NotFoundException($"Order '{number}' does not exist.", "orderNumber");
        var shipment = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id).OrderByDescending(s => s.Id)
            .Select(s => new
            {
                s.Carrier, s.TrackingNumber, s.ShippedAt, s.PromisedBy, s.DeliveredAt,
                Latest = s.Nodes.OrderByDescending(n => n.Id).Select(n => new TrackingPoint(n.At, n.Location, n.Description)).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return new OrderFacts(order.Number, order.Status, order.PlacedAt, order.PaidAt, order.ShippedAt, order.DeliveredAt,
            order.Lines.Select(l => new OrderLineFacts(l.SkuCode, l.ProductTitle, l.CategoryCode, l.Quantity)).ToList(),
            shipment is null ? null : new ShipmentFacts(shipment.Carrier, shipment.TrackingNumber, shipment.ShippedAt, shipment.PromisedBy, shipment.DeliveredAt, shipment.Latest));
    }
}
