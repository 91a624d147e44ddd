namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// One published version of the advertising-law word list. Versions are never edited: a change publishes the whole list
/// again as the next version, so every finding can be traced to the list that produced it.
/// </summary>
public sealed class WordListVersion
{
    private readonly List<WordListTerm> _terms = [];

    private WordListVersion() { }

    public WordListVersion(int number, DateTimeOffset publishedAt, string publishedBy, string note, IEnumerable<WordListTerm> terms)
    {
        Number = number;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        Note = note;
        _terms.AddRange(terms);
    }

    public long Id { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public string Note { get; private set; } = "";
    public IReadOnlyList<WordListTerm> Terms => _terms;
}

/// <summary>A term of a stored version; <see cref="Categories"/> is a comma-separated list of category keys, empty for all.</summary>
public sealed class WordListTerm
{
    private WordListTerm() { }

    public WordListTerm(string term, string kind, string categories)
    {
        Term = term;
        Kind = kind;
        Categories = categories;
    }

    public long Id { get; private set; }
    public long VersionId { get; private set; }
    public string Term { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Categories { get; private set; } = "";
}
