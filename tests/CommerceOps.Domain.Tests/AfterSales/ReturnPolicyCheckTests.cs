using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Domain.Tests.AfterSales;

public class ReturnPolicyCheckTests
{
    private static readonly ReturnPolicy Policy = ReturnPolicy.Default;
    private static readonly DateTimeOffset WithinWindow = DeliveredOrders.DeliveredAt.AddDays(3);

    [Fact]
    public void An_intact_no_reason_return_within_seven_days_passes()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 1, 399m));

        var refusals = ReturnPolicyCheck.Check(Policy, order, ReturnReason.NoReason, GoodsCondition.OpenedForInspection, [new(order.Lines[0], 1, 0)], WithinWindow);

        Assert.Empty(refusals);
    }

    [Fact]
    public void After_seven_days_a_no_reason_return_is_refused_with_the_end_of_the_window_but_a_defect_is_not()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 1, 399m));
        var late = DeliveredOrders.DeliveredAt.AddDays(7).AddMinutes(1);

        var noReason = ReturnPolicyCheck.Check(Policy, order, ReturnReason.NoReason, GoodsCondition.Unopened, [new(order.Lines[0], 1, 0)], late);
        var defect = ReturnPolicyCheck.Check(Policy, order, ReturnReason.QualityDefect, GoodsCondition.Used, [new(order.Lines[0], 1, 0)], late);

        var refusal = Assert.Single(noReason);
        Assert.Equal("reason", refusal.Field);
        Assert.Contains("2026-11-27 04:00", refusal.Reason);
        Assert.Empty(defect);
    }

    [Fact]
    public void Excluded_categories_and_goods_that_are_not_intact_are_refused_each_with_its_reason()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("APPLE", "fresh.fruit", 2, 59m), DeliveredOrders.Line("TENT", "outdoor", 1, 399m));

        var refusals = ReturnPolicyCheck.Check(Policy, order, ReturnReason.NoReason, GoodsCondition.Used,
            [new(order.Lines[0], 1, 0), new(order.Lines[1], 1, 0)], WithinWindow);

        Assert.Equal(["lines[0].sku", "condition"], refusals.Select(r => r.Field));
        Assert.Contains("fresh.fruit", refusals[0].Reason);
        Assert.Contains("not intact", refusals[1].Reason);
    }

    [Fact]
    public void Units_already_returned_cannot_be_returned_again()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 3, 399m));

        var refusals = ReturnPolicyCheck.Check(Policy, order, ReturnReason.NoReason, GoodsCondition.Unopened, [new(order.Lines[0], 2, 2)], WithinWindow);

        Assert.Equal("lines[0].quantity", Assert.Single(refusals).Field);
        Assert.Contains("Between 1 and 1", refusals[0].Reason);
    }

    [Fact]
    public void An_order_with_an_open_request_is_refused_on_the_order()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 1, 399m));
        order.RequestRefund("return RT1", WithinWindow);

        var refusals = ReturnPolicyCheck.Check(Policy, order, ReturnReason.QualityDefect, GoodsCondition.Unopened, [new(order.Lines[0], 1, 0)], WithinWindow);

        Assert.Equal("orderNumber", Assert.Single(refusals).Field);
        Assert.Contains("already has an open return", refusals[0].Reason);
    }
}
