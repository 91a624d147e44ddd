using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// What a promotion must state. A draft needs a code, a name and a sensible benefit; publishing also needs the
/// period, eligibility, stacking, limits and excluded SKUs stated explicitly — a compliance rule as much as a
/// product one (issue 6: "a promotion cannot be published without …"). Field keys match the API body.
/// </summary>
public static class PromotionRulesValidator
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxStatedBaselineLength = 200;

    public static Dictionary<string, string[]> DraftProblems(string? code, string? name, PromotionRules? rules)
    {
        var problems = new Dictionary<string, List<string>>();
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength) Add(problems, "code", $"A code of 1 to {MaxCodeLength} characters is required.");
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength) Add(problems, "name", $"A name of 1 to {MaxNameLength} characters is required.");
        if (rules?.Benefit is null)
        {
            Add(problems, "rules.benefit", "State what the promotion gives (benefit.type and its settings).");
        }
        else
        {
            foreach (var (field, message) in rules.Benefit.Problems()) Add(problems, $"rules.benefit.{field}", message);
            if (rules.Period is { } p && p.EndsAt <= p.StartsAt) Add(problems, "rules.period.endsAt", "The period ends after it starts.");
            if (rules.Limits is { } l)
            {
                if (l.PerUserLimit < 1) Add(problems, "rules.limits.perUserLimit", "perUserLimit is at least 1.");
                if (l.Budget <= 0 || decimal.Round(l.Budget, 2) != l.Budget) Add(problems, "rules.limits.budget", "The budget is a positive amount in fen.");
            }
            if (rules.StatedBaseline is { Length: > MaxStatedBaselineLength }) Add(problems, "rules.statedBaseline", $"statedBaseline is at most {MaxStatedBaselineLength} characters.");
            if (rules.CampaignRule is { } campaign && (string.IsNullOrWhiteSpace(campaign) || campaign.Length > MaxCodeLength))
                Add(problems, "rules.campaignRule", $"campaignRule is the code of a campaign rule (1 to {MaxCodeLength} characters).");
            if (rules.Eligibility is { } e)
            {
                foreach (var channel in e.Channels ?? [])
                    if (!Channels.All.Contains(channel)) Add(problems, "rules.eligibility.channels", $"Unknown channel '{channel}'.");
                foreach (var tier in e.MembershipTiers ?? [])
                    if (!Customers.MembershipTiers.All.Contains(tier)) Add(problems, "rules.eligibility.membershipTiers", $"Unknown membership tier '{tier}'.");
            }
        }
        return problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public static Dictionary<string, string[]> PublishProblems(string? code, string? name, PromotionRules? rules)
    {
        var problems = DraftProblems(code, name, rules).ToDictionary(p => p.Key, p => p.Value.ToList());
        if (rules is null) return ToArrays(problems);
        if (rules.Period is null) Add(problems, "rules.period", "A published promotion states its period (startsAt, endsAt).");
        if (rules.Eligibility is null) Add(problems, "rules.eligibility", "A published promotion states who is eligible (an empty object means everyone).");
        if (rules.Stacking is null) Add(problems, "rules.stacking", "A published promotion states whether it stacks (stackable or exclusive).");
        if (rules.Limits is null) Add(problems, "rules.limits", "A published promotion states its per-user limit and budget.");
        if (rules.Scope?.ExcludedSkus is null) Add(problems, "rules.scope.excludedSkus", "A published promotion states its excluded SKUs (an empty list means none).");
        return ToArrays(problems);
    }

    /// <summary>Throws with every problem when there are any.</summary>
    public static void ThrowIfAny(Dictionary<string, string[]> problems, string message)
    {
        if (problems.Count > 0) throw new RuleViolationsException(message, problems);
    }

    private static void Add(Dictionary<string, List<string>> problems, string field, string message)
    {
        if (!problems.TryGetValue(field, out var list)) problems[field] = list = [];
        list.Add(message);
    }

    private static Dictionary<string, string[]> ToArrays(Dictionary<string, List<string>> problems) =>
        problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
}
