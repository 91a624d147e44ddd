using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>Reviews of order lines: only the order's customer, only once the order was delivered, one review per line.</summary>
public sealed class ReviewService(CommerceDbContext db, UnitOfWork uow, TimeProvider time)
{
    private static readonly OrderStatus[] Reviewable = [OrderStatus.Delivered, OrderStatus.Completed];

    public Task<ProductReview> PostAsync(string customerCode, string orderNumber, string skuCode, int rating, string text, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == orderNumber, ct)
                ?? throw new NotFoundException($"Order '{orderNumber}' does not exist.", "orderNumber");
            if (order.CustomerCode != customerCode) throw new DomainException($"Order {orderNumber} is not customer {customerCode}'s.", "customerCode");
            if (!Reviewable.Contains(order.Status)) throw new InvalidStateException($"A {order.Status.ToWire()} order cannot be reviewed yet; wait until it is delivered.");
            var line = order.Lines.SingleOrDefault(l => l.SkuCode == skuCode) ?? throw new NotFoundException($"SKU {skuCode} is not on order {orderNumber}.", "sku");
            if (await db.ProductReviews.AnyAsync(r => r.OrderLineId == line.Id, ct))
                throw new InvalidStateException($"SKU {skuCode} on order {orderNumber} has already been reviewed.");
            var review = new ProductReview(order.CustomerId!.Value, customerCode, line.Id, order.Number, line.SkuId, line.SkuCode, line.CategoryCode,
                rating, text, time.GetUtcNow());
            db.ProductReviews.Add(review);
            return review;
        }, ct);
}
