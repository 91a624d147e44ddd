using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.Service;

/// <summary>Answers order questions from the order, its latest shipment and the return policy. Times are shown in China time.</summary>
public sealed class OrderAnswerer(ReturnPolicy policy)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public AssistantAnswer Answer(ClassifiedQuestion q, OrderFacts order, DateTimeOffset now, Func<string, AssistantAnswer> handOver) =>
        q.Topic switch
        {
            QuestionTopic.DeliveryPromise => DeliveryPromise(q, order, handOver),
            QuestionTopic.Tracking => Tracking(q, order),
            QuestionTopic.ReturnEligibility => ReturnEligibility(q, order, now, handOver),
            _ => Status(q, order),
        };

    private static AssistantAnswer Status(ClassifiedQuestion q, OrderFacts order)
    {
        var l = q.Language;
        var (zh, en, at, field) = order.Status switch
        {
            OrderStatus.Placed => ("已下单，等待付款", "placed and waiting for payment", order.PlacedAt, "order.placed_at"),
            OrderStatus.Paid => ("已付款，等待发货", "paid and waiting to be shipped", order.PaidAt ?? order.PlacedAt, "order.paid_at"),
            OrderStatus.CodConfirmed => ("货到付款已确认，等待发货", "confirmed for cash on delivery and waiting to be shipped", order.PlacedAt, "order.placed_at"),
            OrderStatus.Shipped => ("已发货，正在配送", "shipped and on its way", order.ShippedAt ?? order.PlacedAt, "order.shipped_at"),
            OrderStatus.Delivered => ("已送达", "delivered", order.DeliveredAt ?? order.PlacedAt, "order.delivered_at"),
            OrderStatus.Completed => ("已完成", "completed", order.DeliveredAt ?? order.PlacedAt, "order.delivered_at"),
            OrderStatus.Cancelled => ("已取消", "cancelled", order.PlacedAt, "order.placed_at"),
            OrderStatus.RefundRequested => ("退款申请处理中", "being handled for a refund", order.PlacedAt, "order.placed_at"),
            _ => ("已退款", "refunded", order.PlacedAt, "order.placed_at"),
        };
        var text = AssistantLanguage.Say(l, $"订单 {order.Number} {zh}（{Time(at)}）。", $"Order {order.Number} is {en} ({Time(at)}).");
        return new(text, l, q.Topic, ["order.status", field], null);
    }

    private static AssistantAnswer DeliveryPromise(ClassifiedQuestion q, OrderFacts order, Func<string, AssistantAnswer> handOver)
    {
        var l = q.Language;
        if ((order.DeliveredAt ?? order.Shipment?.DeliveredAt) is { } delivered)
            return new(AssistantLanguage.Say(l, $"订单 {order.Number} 已于 {Time(delivered)} 送达。", $"Order {order.Number} was delivered on {Time(delivered)}."),
                l, q.Topic, ["order.status", order.DeliveredAt is null ? "shipment.delivered_at" : "order.delivered_at"], null);
        if (order.Shipment is { PromisedBy: { } promised } shipment)
            return new(AssistantLanguage.Say(l,
                    $"订单 {order.Number} 已由{shipment.Carrier}发出，承诺 {Time(promised)} 前送达。",
                    $"Order {order.Number} was shipped with {shipment.Carrier} and is promised to arrive by {Time(promised)}."),
                l, q.Topic, ["order.status", "shipment.carrier", "shipment.promised_by"], null);
        if (order.Status is OrderStatus.Placed or OrderStatus.Paid or OrderStatus.CodConfirmed)
            return new(AssistantLanguage.Say(l,
                    $"订单 {order.Number} 还没有发货，发货时会给出承诺送达时间。",
                    $"Order {order.Number} has not been shipped yet; a delivery date is promised when it ships."),
                l, q.Topic, ["order.status"], null);
        return handOver(AssistantLanguage.Say(l, "这个订单没有记录承诺送达时间", "no delivery promise is recorded for this order"));
    }

    private static AssistantAnswer Tracking(ClassifiedQuestion q, OrderFacts order)
    {
        var l = q.Language;
        if (order.Shipment is not { } s)
            return new(AssistantLanguage.Say(l,
                    $"订单 {order.Number} 还没有发货，暂无物流单号。",
                    $"Order {order.Number} has not been shipped yet, so there is no tracking number."),
                l, q.Topic, ["order.status"], null);
        var sources = new List<string> { "shipment.carrier", "shipment.tracking_number" };
        var text = AssistantLanguage.Say(l, $"{s.Carrier} 运单号 {s.TrackingNumber}。", $"{s.Carrier}, tracking number {s.TrackingNumber}.");
        if (s.DeliveredAt is { } delivered)
        {
            text += AssistantLanguage.Say(l, $"已于 {Time(delivered)} 签收。", $" Delivered on {Time(delivered)}.");
            sources.Add("shipment.delivered_at");
        }
        else if (s.LatestNode is { } node)
        {
            text += AssistantLanguage.Say(l, $"最新物流：{Time(node.At)} {node.Location} {node.Description}。", $" Latest scan: {Time(node.At)} {node.Location} {node.Description}.");
            sources.Add("shipment.nodes");
        }
        else
        {
            text += AssistantLanguage.Say(l, $"{Time(s.ShippedAt)} 已发出，暂无新的物流节点。", $" Shipped on {Time(s.ShippedAt)}; no scans yet.");
            sources.Add("shipment.shipped_at");
        }
        return new(text, l, q.Topic, sources, null);
    }

    private AssistantAnswer ReturnEligibility(ClassifiedQuestion q, OrderFacts order, DateTimeOffset now, Func<string, AssistantAnswer> handOver)
    {
        var l = q.Language;
        var result = policy.Evaluate(order.Status, order.DeliveredAt, order.Lines.Select(x => x.CategoryCode).ToList(), now);
        var days = policy.NoReasonDays;
        string[] sources = ["order.status", "order.delivered_at", "order_lines.category_code", "return_policy.no_reason_days"];
        var excluded = string.Join(l == AssistantLanguage.Chinese ? "、" : ", ",
            order.Lines.Where(x => policy.IsExcluded(x.CategoryCode)).Select(x => x.ProductTitle).Distinct());
        string? text = result.Decision switch
        {
            ReturnDecision.Eligible when result.ExcludedCategories.Count == 0 => AssistantLanguage.Say(l,
                $"可以退货：支持{days}天无理由退货，截止 {Time(result.Until!.Value)}（商品需完好、不影响二次销售）。",
                $"Yes, it can be returned: {days}-day no-reason returns until {Time(result.Until!.Value)} (items must be intact and resaleable)."),
            ReturnDecision.Eligible => AssistantLanguage.Say(l,
                $"可以退货，截止 {Time(result.Until!.Value)}；但生鲜等商品（{excluded}）不支持无理由退货，质量问题可联系客服。",
                $"Yes, until {Time(result.Until!.Value)}, except perishables ({excluded}), which have no no-reason returns; quality problems go to an agent."),
            ReturnDecision.Excluded => AssistantLanguage.Say(l,
                $"这个订单的商品（{excluded}）属于生鲜类，不支持{days}天无理由退货；如有质量问题请联系客服处理。",
                $"The items ({excluded}) are perishables, which are excluded from {days}-day no-reason returns; quality problems go to an agent."),
            ReturnDecision.WindowClosed => AssistantLanguage.Say(l,
                $"{days}天无理由退货已于 {Time(result.Until!.Value)} 截止；如有质量问题请联系客服处理。",
                $"The {days}-day no-reason return window closed on {Time(result.Until!.Value)}; quality problems go to an agent."),
            ReturnDecision.NotShipped => AssistantLanguage.Say(l,
                "订单还没有发货，可以直接取消订单，款项原路退回。",
                "The order has not been shipped yet: you can cancel it and the money goes back the way it was paid."),
            ReturnDecision.NotDelivered => AssistantLanguage.Say(l,
                $"订单已发货但尚未签收：可以拒收，或签收后{days}天内申请无理由退货。",
                $"The order is on its way: you can refuse it at the door, or return it within {days} days of delivery."),
            ReturnDecision.Cancelled => AssistantLanguage.Say(l, "这个订单已取消，无需退货。", "This order is cancelled; there is nothing to return."),
            ReturnDecision.AlreadyRequested => AssistantLanguage.Say(l, "这个订单已有退款申请，正在处理中。", "A refund for this order has already been requested and is being handled."),
            ReturnDecision.AlreadyRefunded => AssistantLanguage.Say(l, "这个订单已经退款。", "This order has already been refunded."),
            _ => null,
        };
        return text is null
            ? handOver(AssistantLanguage.Say(l, "订单没有记录签收时间，无法判断退货期限", "the delivery time is not recorded, so the return window is unknown"))
            : new(text, l, q.Topic, sources, null);
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
