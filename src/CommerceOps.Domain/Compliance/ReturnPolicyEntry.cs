using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// A stored no-reason return policy for one SKU or category (RET-7D-004). Each change bumps <see cref="Version"/>, so
/// the version a buyer confirmed at purchase stays identifiable; the exclusion is the reason code the SPEC asks for.
/// </summary>
public sealed class ReturnPolicyEntry
{
    public const int MaxKeyLength = 64;
    public const int MaxExplanationLength = 500;

    private ReturnPolicyEntry() { }

    public ReturnPolicyEntry(ReturnPolicyScope scope, string key, ReturnPolicy policy, string setBy, DateTimeOffset setAt)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
            throw new DomainException($"A return policy needs a SKU or category code of 1 to {MaxKeyLength} characters.", "key");
        Scope = scope;
        Key = key.Trim();
        Apply(policy, setBy, setAt);
    }

    public long Id { get; private set; }
    public ReturnPolicyScope Scope { get; private set; }
    public string Key { get; private set; } = "";
    public int Days { get; private set; }
    public ReturnExclusion? Exclusion { get; private set; }
    public string? Explanation { get; private set; }
    public int Version { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTimeOffset SetAt { get; private set; }

    public ReturnPolicy Policy => Exclusion is { } e ? ReturnPolicy.Excluded(e, Explanation) : ReturnPolicy.NoReason(Days);

    public void Change(ReturnPolicy policy, string setBy, DateTimeOffset setAt) => Apply(policy, setBy, setAt);

    private void Apply(ReturnPolicy policy, string setBy, DateTimeOffset setAt)
    {
        if (policy.Explanation is { Length: > MaxExplanationLength })
            throw new DomainException($"The explanation is at most {MaxExplanationLength} characters.", "explanation");
        Days = policy.Days;
        Exclusion = policy.Exclusion;
        Explanation = policy.Explanation;
        SetBy = setBy;
        SetAt = setAt;
        Version++;
    }
}
