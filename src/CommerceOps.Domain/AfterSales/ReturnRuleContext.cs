namespace CommerceOps.Domain.AfterSales;

/// <summary>The facts of one request that the rules test.</summary>
public sealed record ReturnRuleContext(ReturnReason Reason, IReadOnlyList<string> Categories, int EvidenceFiles, decimal RefundAmount, CustomerHistory History);
