namespace CommerceOps.Domain.AfterSales;

/// <summary>The rule that fired (or <see cref="ReturnRuleSet.FallbackRuleId"/>), its action, and the audit of every rule tried, in order.</summary>
public sealed record ReturnRuleOutcome(string RuleId, ReturnRuleAction Action, IReadOnlyList<RuleAuditEntry> Audit);
