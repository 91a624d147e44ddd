namespace CommerceOps.Domain.AfterSales;

/// <summary>What a return rule does when it fires.</summary>
public enum ReturnRuleAction
{
    /// <summary>Refund at once; the goods may still come back and are taken into stock when they do.</summary>
    RefundNow,
    /// <summary>Refund and let the customer keep the goods (returning them costs more than they are worth).</summary>
    RefundWithoutReturn,
    /// <summary>An agent decides.</summary>
    ToAgent,
}
