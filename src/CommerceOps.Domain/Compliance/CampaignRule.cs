using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// A platform campaign rule (e.g. the 双11 price and refund rules): drafted, then published on its public rule page; it
/// takes effect no earlier than the lead time after publication (PLAT-RULE-001, 电子商务法 Art.34). A published rule is
/// not edited in place: merchants and consumers may already rely on it, so a change is a new rule with its own lead time.
/// </summary>
public sealed class CampaignRule
{
    public const int MaxCodeLength = 64;
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 50_000;

    private CampaignRule() { }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset EffectiveAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public static CampaignRule Draft(string code, string title, string body, DateTimeOffset effectiveAt, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new DomainException($"A code of 1 to {MaxCodeLength} letters, digits, '-' or '_' is required (it is part of the public address).", "code");
        var rule = new CampaignRule { Code = code, CreatedAt = at };
        rule.Describe(title, body, effectiveAt);
        return rule;
    }

    public void Revise(string title, string body, DateTimeOffset effectiveAt)
    {
        if (IsPublished) throw new InvalidStateException("A published campaign rule cannot be edited; publish a new rule.");
        Describe(title, body, effectiveAt);
    }

    /// <summary>Refused with a PLAT-RULE-001 finding when the rule would take effect sooner than the lead time allows.</summary>
    public void Publish(DateTimeOffset at, string by, RuleLeadTime leadTime)
    {
        if (IsPublished) throw new InvalidStateException("The campaign rule is already published.");
        if (leadTime.Check(Code, at, EffectiveAt) is { } finding) throw new PriceRulesRefusedException("The campaign rule cannot be published yet.", [finding], new Dictionary<string, string[]>());
        PublishedAt = at;
        PublishedBy = by;
    }

    private void Describe(string title, string body, DateTimeOffset effectiveAt)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength) throw new DomainException($"A title of 1 to {MaxTitleLength} characters is required.", "title");
        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxBodyLength) throw new DomainException($"The rule text (1 to {MaxBodyLength} characters) is required.", "body");
        Title = title.Trim();
        Body = body;
        EffectiveAt = effectiveAt;
    }
}
