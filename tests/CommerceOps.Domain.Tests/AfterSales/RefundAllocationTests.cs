using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Domain.Tests.AfterSales;

public class RefundAllocationTests
{
    [Fact]
    public void Partial_refunds_share_the_line_after_its_promotion_discount_and_add_up_to_the_fen()
    {
        // 3 × 99.00 with 10.00 of the order's promotion allocated to the line: 287.00 was paid for it.
        var order = DeliveredOrders.With(DeliveredOrders.Line("MASK", "beauty.skincare", 3, 99m, discount: 10m));
        var line = order.Lines[0];

        var first = RefundAllocation.ForUnits(line, 0, 1);
        var second = RefundAllocation.ForUnits(line, 1, 1);
        var third = RefundAllocation.ForUnits(line, 2, 1);

        Assert.Equal((95.67m, 95.66m, 95.67m), (first, second, third));
        Assert.Equal(287.00m, first + second + third);
        Assert.Equal(191.33m, RefundAllocation.ForUnits(line, 0, 2));
        Assert.Equal(line.LineTotal, RefundAllocation.ForUnits(line, 0, 3));
    }

    [Fact]
    public void Any_split_of_a_line_refunds_exactly_what_was_paid()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 7, 33.33m, discount: 12.34m));
        var line = order.Lines[0];

        foreach (var first in Enumerable.Range(1, 6))
            Assert.Equal(line.LineTotal, RefundAllocation.ForUnits(line, 0, first) + RefundAllocation.ForUnits(line, first, 7 - first));
    }
}
