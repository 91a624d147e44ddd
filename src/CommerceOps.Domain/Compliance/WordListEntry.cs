namespace CommerceOps.Domain.Compliance;

/// <summary>One term of the word list. <paramref name="Categories"/> limits it to those category keys; empty means all.</summary>
public sealed record WordListEntry(string Term, TermKind Kind, IReadOnlyList<string> Categories)
{
    public WordListEntry(string term, TermKind kind) : this(term, kind, []) { }

    public bool AppliesTo(string category) => Categories.Count == 0 || Categories.Contains(category);
}
