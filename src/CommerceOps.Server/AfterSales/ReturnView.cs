using CommerceOps.Domain.AfterSales;

namespace CommerceOps.Server.AfterSales;

public sealed record ReturnLineView(string Sku, string Title, string Category, int Quantity, decimal RefundAmount);

public sealed record EvidenceView(string Token, string FileName, string ContentType, long Length, string Sha256);

/// <summary>A return request as the API shows it: the rule that fired with the audit, the SLA state, the refund (account masked).</summary>
public sealed record ReturnView(
    string Number, string OrderNumber, string? CustomerCode, ReturnReason Reason, GoodsCondition Condition, string Description,
    ReturnStatus Status, ReturnGoods Goods, string RuleId, ReturnRuleAction RuleAction, IReadOnlyList<RuleAuditEntry> RuleAudit,
    decimal RefundAmount, string Currency, RefundMethod RefundMethod, string? RefundAccount, string? RefundReference,
    DateTimeOffset CreatedAt, DateTimeOffset AcknowledgedAt, DateTimeOffset ResolveBy, SlaState Sla, DateTimeOffset? SlaBreachedAt, DateTimeOffset? DecidedAt,
    string? DecidedBy, DateTimeOffset? RefundedAt, DateTimeOffset? GoodsReceivedAt, string? Resolution,
    IReadOnlyList<ReturnLineView> Lines, IReadOnlyList<EvidenceView> Evidence)
{
    public static ReturnView From(ReturnRequest r, ReturnSla sla, DateTimeOffset now) => new(
        r.Number, r.OrderNumber, r.CustomerCode, r.Reason, r.Condition, r.Description, r.Status, r.Goods, r.RuleId, r.RuleAction, r.RuleAudit,
        r.RefundAmount, r.Currency, r.RefundMethod, r.RefundAccount?.Masked, r.RefundReference, r.CreatedAt, r.AcknowledgedAt, r.ResolveBy,
        sla.StateOf(r, now), r.SlaBreachedAt, r.DecidedAt, r.DecidedBy, r.RefundedAt, r.GoodsReceivedAt, r.Resolution,
        [.. r.Lines.Select(l => new ReturnLineView(l.SkuCode, l.ProductTitle, l.CategoryCode, l.Quantity, l.RefundAmount))],
        [.. r.Evidence.Select(e => new EvidenceView(e.Token, e.FileName, e.ContentType, e.Length, e.Sha256))]);
}
