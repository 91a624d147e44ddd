using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Compliance;

/// <summary>Publishing refused because the advertising-law check found BLOCK findings; they travel with the refusal.</summary>
public sealed class ListingBlockedException(IReadOnlyList<AdFinding> findings)
    : DomainException($"The listing has {findings.Count} advertising-law finding(s) that block publication.")
{
    public IReadOnlyList<AdFinding> Findings { get; } = findings;
}
