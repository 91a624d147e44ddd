using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// The automatic return rules, tried in order; the first that fires decides, and a request no rule takes goes to an
/// agent. Every rule tried is recorded, so an agent (or an auditor) sees why a refund was or was not automatic.
/// </summary>
public sealed record ReturnRuleSet(IReadOnlyList<ReturnRule> Rules)
{
    public const string FallbackRuleId = "to-agent";

    /// <summary>过敏无忧 first, then small refunds for customers with a good history; everything else to an agent.</summary>
    public static readonly ReturnRuleSet Default = new(
    [
        new("allergy-worry-free", "过敏无忧 Allergy worry-free: beauty + allergy + evidence → refund at once", ReturnRuleAction.RefundNow,
            CategoryPrefixes: ["beauty"], Reasons: [ReturnReason.Allergy], RequiresEvidence: true),
        new("small-amount-trusted", "小额信任 Small amount, good history → refund without return", ReturnRuleAction.RefundWithoutReturn,
            MaxAmount: 50m, MinCompletedOrders: 3, MaxRecentRefunds: 1),
    ]);

    public ReturnRuleOutcome Evaluate(ReturnRuleContext context)
    {
        var audit = new List<RuleAuditEntry>();
        foreach (var rule in Rules)
        {
            var unmet = rule.FirstUnmet(context);
            audit.Add(new(rule.Id, unmet is null, unmet ?? $"fired: {rule.Action.ToWire()}"));
            if (unmet is null) return new(rule.Id, rule.Action, audit);
        }
        audit.Add(new(FallbackRuleId, true, "no rule fired: an agent decides"));
        return new(FallbackRuleId, ReturnRuleAction.ToAgent, audit);
    }

    public void Validate()
    {
        if (Rules.Count > 50) throw new DomainException("At most 50 rules.", "rules");
        for (var i = 0; i < Rules.Count; i++) Rules[i].Validate(i);
        var duplicate = Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1 || g.Key == FallbackRuleId);
        if (duplicate is not null) throw new DomainException($"Rule id '{duplicate.Key}' is used twice or reserved.", "rules");
    }
}
