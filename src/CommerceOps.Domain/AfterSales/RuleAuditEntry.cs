namespace CommerceOps.Domain.AfterSales;

/// <summary>One rule as the engine tried it: whether it fired, and if not, the first condition that did not hold.</summary>
public sealed record RuleAuditEntry(string RuleId, bool Fired, string Note);
