using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.Tests;

public class OrderStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<OrderStatus, OrderStatus> AllPairs()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        foreach (var to in Enum.GetValues<OrderStatus>())
            data.Add(from, to);
        return data;
    }

    /// <summary>Drives a real order into <paramref name="from"/> through legal steps, then tries every action into <paramref name="to"/>.</summary>
    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Only_transitions_in_the_table_are_allowed(OrderStatus from, OrderStatus to)
    {
        // Placed → cod_confirmed is legal for cash-on-delivery orders only, so that pair starts from one.
        var method = from == OrderStatus.CodConfirmed || (from == OrderStatus.Placed && to == OrderStatus.CodConfirmed)
            ? PaymentMethod.CashOnDelivery : PaymentMethod.QuickPay;
        var order = OrderIn(from, method);
        var allowed = OrderTransitions.IsAllowed(from, to);
        var act = ActionInto(order, to);
        if (allowed)
        {
            act();
            Assert.Equal(to, order.Status);
            Assert.Equal(to, order.History[^1].To);
            Assert.Equal(from, order.History[^1].From);
        }
        else
        {
            Assert.ThrowsAny<DomainException>(act);
            Assert.Equal(from, order.Status);
        }
    }

    [Fact]
    public void Every_status_can_be_reached_and_the_end_states_have_no_exit()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
            Assert.Equal(status, OrderIn(status, status == OrderStatus.CodConfirmed ? PaymentMethod.CashOnDelivery : PaymentMethod.QuickPay).Status);
        Assert.Empty(OrderTransitions.From(OrderStatus.Cancelled));
        Assert.Empty(OrderTransitions.From(OrderStatus.Refunded));
    }

    [Fact]
    public void Each_transition_raises_a_domain_event()
    {
        var order = NewOrder(PaymentMethod.QuickPay);
        order.MarkPaid(Now);
        order.Ship(Now);
        var changes = order.DomainEvents.OfType<OrderStatusChanged>().Select(e => (e.From, e.To)).ToList();
        Assert.Equal([("placed", "paid"), ("paid", "shipped")], changes);
        Assert.Single(order.DomainEvents.OfType<OrderPlaced>());
    }

    [Fact]
    public void Cash_on_delivery_cannot_be_paid_online_and_quick_pay_cannot_be_confirmed_as_cod()
    {
        Assert.Throws<InvalidStateException>(() => NewOrder(PaymentMethod.CashOnDelivery).MarkPaid(Now));
        Assert.Throws<InvalidStateException>(() => NewOrder(PaymentMethod.QuickPay).ConfirmCashOnDelivery(Now));
    }

    [Fact]
    public void Address_and_remarks_change_until_shipment_only()
    {
        var order = NewOrder(PaymentMethod.QuickPay);
        order.MarkPaid(Now);
        var newAddress = PostalAddress.Create("李雷", "13900000000", "江苏省", "南京市", "鼓楼区", "中山路 1 号");
        order.ChangeAddress(newAddress, Now);
        order.ChangeRemarks("下午送");
        Assert.Equal("南京市", order.ShippingAddress!.City);
        order.Ship(Now);
        Assert.Throws<InvalidStateException>(() => order.ChangeAddress(newAddress, Now));
        Assert.Throws<InvalidStateException>(() => order.ChangeRemarks("x"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Quantities_outside_the_limits_are_refused(int quantity) =>
        Assert.Throws<DomainException>(() => NewOrder(PaymentMethod.QuickPay, quantity));

    [Fact]
    public void The_total_is_the_sum_of_rounded_line_totals()
    {
        var order = NewOrder(PaymentMethod.QuickPay, 3, 33.333m);
        Assert.Equal(100.00m, order.Total);
    }

    internal static Order NewOrder(PaymentMethod method, int quantity = 1, decimal price = 10m)
    {
        var customer = new Customer("C1", "王小明", Channels.Organic, Now);
        var address = PostalAddress.Create("王小明", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号");
        return Order.Place("SO1", customer, Channels.Organic, method, address, null,
            [new OrderLineDraft(1, "SKU1", "帐篷", "outdoor", quantity, price, 1)], Now, TimeSpan.FromMinutes(30));
    }

    private static Order OrderIn(OrderStatus status, PaymentMethod method)
    {
        var order = NewOrder(method);
        Action[] path = status switch
        {
            OrderStatus.Placed => [],
            OrderStatus.Paid => [() => order.MarkPaid(Now)],
            OrderStatus.CodConfirmed => [() => order.ConfirmCashOnDelivery(Now)],
            OrderStatus.Shipped => [() => order.MarkPaid(Now), () => order.Ship(Now)],
            OrderStatus.Delivered => [() => order.MarkPaid(Now), () => order.Ship(Now), () => order.Deliver(Now)],
            OrderStatus.Completed => [() => order.MarkPaid(Now), () => order.Ship(Now), () => order.Deliver(Now), () => order.Complete(Now)],
            OrderStatus.Cancelled => [() => order.Cancel("test", Now)],
            OrderStatus.RefundRequested => [() => order.MarkPaid(Now), () => order.RequestRefund("test", Now)],
            OrderStatus.Refunded => [() => order.MarkPaid(Now), () => order.RequestRefund("test", Now), () => order.MarkRefunded(Now)],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path) step();
        return order;
    }

    private static Action ActionInto(Order order, OrderStatus to) => to switch
    {
        OrderStatus.Placed => () => throw new InvalidStateException("No action returns an order to placed."),
        OrderStatus.Paid => () => order.MarkPaid(Now),
        OrderStatus.CodConfirmed => () => order.ConfirmCashOnDelivery(Now),
        OrderStatus.Shipped => () => order.Ship(Now),
        OrderStatus.Delivered => () => order.Deliver(Now),
        OrderStatus.Completed => () => { if (order.Status == OrderStatus.RefundRequested) order.RejectRefund("refused", Now); else order.Complete(Now); },
        OrderStatus.Cancelled => () => order.Cancel("test", Now),
        OrderStatus.RefundRequested => () => order.RequestRefund("test", Now),
        OrderStatus.Refunded => () => order.MarkRefunded(Now),
        _ => throw new ArgumentOutOfRangeException(nameof(to)),
    };
}
