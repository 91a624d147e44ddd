using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A stored promotion. Drafts can be revised freely; publishing checks that everything the published policy
/// needs is stated; a published promotion is not edited in place (customers may already hold its price) — it is
/// ended and a new one published.
/// </summary>
public sealed class Promotion : AggregateRoot
{
    private Promotion() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PromotionStatus Status { get; private set; }
    public PromotionRules Rules { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public int Version { get; private set; }

    public static Promotion Draft(string code, string name, PromotionRules rules, DateTimeOffset at)
    {
        PromotionRulesValidator.ThrowIfAny(PromotionRulesValidator.DraftProblems(code, name, rules), "The promotion is not valid.");
        return new Promotion { Code = code.Trim(), Name = name.Trim(), Rules = rules, Status = PromotionStatus.Draft, CreatedAt = at, UpdatedAt = at };
    }

    public void Revise(string name, PromotionRules rules, DateTimeOffset at)
    {
        if (Status != PromotionStatus.Draft) throw new InvalidStateException($"A {Status.ToWire()} promotion cannot be edited; end it and publish a new one.");
        PromotionRulesValidator.ThrowIfAny(PromotionRulesValidator.DraftProblems(Code, name, rules), "The promotion is not valid.");
        Name = name.Trim();
        Rules = rules;
        UpdatedAt = at;
        Version++;
    }

    public void Publish(DateTimeOffset at)
    {
        if (Status != PromotionStatus.Draft) throw new InvalidStateException($"A {Status.ToWire()} promotion cannot be published.");
        PromotionRulesValidator.ThrowIfAny(PromotionRulesValidator.PublishProblems(Code, Name, Rules), "The promotion cannot be published until these are stated.");
        if (Rules.Period!.EndsAt <= at) throw new DomainException("The promotion's period is already over.", "rules.period.endsAt");
        Status = PromotionStatus.Published;
        PublishedAt = at;
        UpdatedAt = at;
        Version++;
    }

    public void End(DateTimeOffset at)
    {
        if (Status != PromotionStatus.Published) throw new InvalidStateException($"A {Status.ToWire()} promotion cannot be ended.");
        Status = PromotionStatus.Ended;
        EndedAt = at;
        UpdatedAt = at;
        Version++;
    }

    public PromotionDefinition ToDefinition() => new(Id, Code, Name, Rules);
}
