using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>A return request as the customer (or an agent for them) submits it; evidence is named by upload tokens.</summary>
public sealed record ReturnCommand(
    string OrderNumber, ReturnReason Reason, GoodsCondition Condition, string? Description,
    IReadOnlyList<ReturnLineCommand> Lines, IReadOnlyList<string> EvidenceTokens, RefundAccount? RefundAccount);

public sealed record ReturnLineCommand(string Sku, int Quantity);
