using System.Globalization;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// One automatic rule: every condition that is set must hold for it to fire. Categories match by prefix
/// (<c>beauty</c> matches <c>beauty.skincare</c>) and every returned line must match; amounts are the refund in yuan.
/// </summary>
public sealed record ReturnRule(
    string Id,
    string Name,
    ReturnRuleAction Action,
    IReadOnlyList<string>? CategoryPrefixes = null,
    IReadOnlyList<ReturnReason>? Reasons = null,
    bool RequiresEvidence = false,
    decimal? MaxAmount = null,
    int? MinCompletedOrders = null,
    int? MaxRecentRefunds = null,
    bool Enabled = true)
{
    /// <summary>Null when the rule fires; otherwise the first condition that does not hold, for the audit.</summary>
    public string? FirstUnmet(ReturnRuleContext c)
    {
        if (!Enabled) return "disabled";
        if (CategoryPrefixes is { Count: > 0 } prefixes && !c.Categories.All(cat => prefixes.Any(p => InCategory(cat, p))))
            return $"not every line is in {string.Join(", ", prefixes)}";
        if (Reasons is { Count: > 0 } reasons && !reasons.Contains(c.Reason))
            return $"reason is {c.Reason.ToWire()}, not {string.Join(", ", reasons.Select(r => r.ToWire()))}";
        if (RequiresEvidence && c.EvidenceFiles == 0) return "no evidence uploaded";
        if (MaxAmount is { } max && c.RefundAmount > max)
            return string.Create(CultureInfo.InvariantCulture, $"refund {c.RefundAmount:0.00} is above {max:0.00}");
        if (MinCompletedOrders is { } min && c.History.CompletedOrders < min)
            return $"{c.History.CompletedOrders} completed orders, fewer than {min}";
        if (MaxRecentRefunds is { } most && c.History.RecentRefunds > most)
            return $"{c.History.RecentRefunds} refunds in 90 days, more than {most}";
        return null;
    }

    /// <summary>Refuses a rule that cannot work, naming the field (for the rules editor).</summary>
    public void Validate(int index)
    {
        var at = $"rules[{index}]";
        if (string.IsNullOrWhiteSpace(Id) || Id.Length > 64) throw new DomainException("A rule needs an id of at most 64 characters.", $"{at}.id");
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) throw new DomainException("A rule needs a name of at most 200 characters.", $"{at}.name");
        if (MaxAmount is < 0) throw new DomainException("The maximum amount cannot be negative.", $"{at}.maxAmount");
        if (MinCompletedOrders is < 0) throw new DomainException("The minimum order count cannot be negative.", $"{at}.minCompletedOrders");
        if (MaxRecentRefunds is < 0) throw new DomainException("The maximum refund count cannot be negative.", $"{at}.maxRecentRefunds");
        if (Action != ReturnRuleAction.ToAgent && CategoryPrefixes is null or { Count: 0 } && Reasons is null or { Count: 0 } && MaxAmount is null)
            throw new DomainException("A rule that refunds automatically must be limited by category, reason or amount.", $"{at}.action");
    }

    private static bool InCategory(string category, string prefix) =>
        category == prefix || category.StartsWith(prefix + ".", StringComparison.Ordinal);
}
