using System.Globalization;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// Applies the <see cref="ReturnPolicy"/> to one request and lists every refusal with its reason: the order must be
/// delivered; quantities must not exceed what is left to return; a no-reason return must fall within the window, must
/// not include excluded categories or lines whose exclusion the buyer confirmed at checkout (RET-7D-004), and the goods must be intact. Other reasons (allergy, defects, wrong item) are
/// not bound by the window or the exclusions: they go to the rules and agents.
/// </summary>
public static class ReturnPolicyCheck
{
    public static IReadOnlyList<ReturnRefusal> Check(
        ReturnPolicy policy, Order order, ReturnReason reason, GoodsCondition condition, IReadOnlyList<ReturnItem> items, DateTimeOffset now)
    {
        var refusals = new List<ReturnRefusal>();
        if (items.Count == 0) refusals.Add(new("lines", "Name at least one line to return."));
        var eligibility = policy.Evaluate(order.Status, order.DeliveredAt, [.. items.Select(i => i.Line.CategoryCode)], now);
        if (OrderRefusal(eligibility) is { } orderRefusal) refusals.Add(new("orderNumber", orderRefusal));

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var left = item.Line.Quantity - item.AlreadyReturned;
            if (item.Quantity < 1 || item.Quantity > left)
                refusals.Add(new($"lines[{i}].quantity", left <= 0
                    ? $"Every unit of {item.Line.SkuCode} has already been returned."
                    : $"Between 1 and {left} units of {item.Line.SkuCode} can be returned."));
            if (reason == ReturnReason.NoReason && item.Line.ReturnConfirmation is { } confirmed)
                refusals.Add(new($"lines[{i}].sku", string.Create(CultureInfo.InvariantCulture,
                    $"{Compliance.ReturnRuleIds.NoReasonReturn}: {item.Line.SkuCode} is excluded from no-reason returns ({confirmed.Exclusion}); the buyer confirmed \"{confirmed.Text}\" at {confirmed.ConfirmedAt:yyyy-MM-dd HH:mm} UTC (policy version {confirmed.PolicyVersion}). A quality problem can still be reported.")));
            else if (reason == ReturnReason.NoReason && policy.IsExcluded(item.Line.CategoryCode))
                refusals.Add(new($"lines[{i}].sku",
                    $"{item.Line.SkuCode} is in category {item.Line.CategoryCode}, which is excluded from no-reason returns; a quality problem can still be reported."));
        }

        if (reason == ReturnReason.NoReason)
        {
            if (eligibility.Decision == ReturnDecision.WindowClosed && eligibility.Until is { } until)
                refusals.Add(new("reason", string.Create(CultureInfo.InvariantCulture,
                    $"The {policy.NoReasonDays}-day no-reason window ended at {until:yyyy-MM-dd HH:mm} UTC; a quality problem can still be reported.")));
            if (condition is GoodsCondition.Used)
                refusals.Add(new("condition", "Used goods are not intact, so they cannot be returned without a reason; a quality problem can still be reported."));
            if (condition is GoodsCondition.MissingParts)
                refusals.Add(new("condition", "Goods missing parts, accessories or gifts are not intact, so they cannot be returned without a reason."));
        }
        return refusals;
    }

    private static string? OrderRefusal(ReturnEligibility eligibility) => eligibility.Decision switch
    {
        ReturnDecision.NotShipped => "The order has not shipped yet: cancel it instead of returning it.",
        ReturnDecision.NotDelivered => "The order has not been delivered yet; a return starts after delivery.",
        ReturnDecision.Cancelled => "The order was cancelled; there is nothing to return.",
        ReturnDecision.AlreadyRequested => "The order already has an open return request.",
        ReturnDecision.AlreadyRefunded => "The order has already been refunded in full.",
        ReturnDecision.Unknown => "The order's delivery time is not recorded, so the return window cannot be checked; contact an agent.",
        _ => null,
    };
}
