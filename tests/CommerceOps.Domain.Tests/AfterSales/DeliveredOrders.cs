using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.Tests.AfterSales;

/// <summary>Real orders driven through the state machine to delivery, for the after-sales tests.</summary>
internal static class DeliveredOrders
{
    public static readonly DateTimeOffset DeliveredAt = new(2026, 11, 20, 4, 0, 0, TimeSpan.Zero);

    public static Order With(params OrderLineDraft[] lines)
    {
        var customer = new Customer("C1", "王小明", Channels.Organic, DeliveredAt.AddDays(-30));
        var address = PostalAddress.Create("王小明", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 1 号");
        IReadOnlyList<OrderPromotion> promotions = lines.Sum(l => l.Discount) is > 0 and var discount ? [new OrderPromotion(1, "P1", "满300减30", "threshold_discount", discount)] : Array.Empty<OrderPromotion>();
        var order = Order.Place("SO1", customer, Channels.Organic, PaymentMethod.QuickPay, address, null, lines, DeliveredAt.AddDays(-3), TimeSpan.FromMinutes(30), promotions);
        order.MarkPaid(DeliveredAt.AddDays(-3));
        order.Ship(DeliveredAt.AddDays(-2));
        order.Deliver(DeliveredAt);
        return order;
    }

    public static OrderLineDraft Line(string sku, string category, int quantity, decimal unitPrice, decimal discount = 0m) =>
        new(1, sku, sku + " 商品", category, quantity, unitPrice, 1, discount);
}
