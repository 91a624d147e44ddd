namespace CommerceOps.Domain.Selection;

/// <summary>Similar search terms (see <see cref="TermGrouping"/>), named after the most searched one.</summary>
public sealed record TermGroup(string Name, IReadOnlyList<NormalizedTerm> Terms)
{
    public long Searches => Terms.Sum(t => t.Searches);
    public long ThisWeek => Terms.Sum(t => t.ThisWeek);
    public long LastWeek => Terms.Sum(t => t.LastWeek);
}
