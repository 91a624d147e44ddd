using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Service;

/// <summary>
/// A problem and its solution in the knowledge base: a written article, or a resolved ticket kept as a past case.
/// Readers rate whether it helped (counted by an atomic update in the store, so concurrent votes are not lost);
/// <see cref="Usefulness"/> feeds the search ranking.
/// </summary>
public sealed class KnowledgeArticle
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 10_000;

    private KnowledgeArticle() { }

    public KnowledgeArticle(KnowledgeKind kind, string title, string problem, string solution, IEnumerable<string> tags, DateTimeOffset createdAt, string? ticketReference = null)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("An article needs a title.", "title");
        if (title.Length > MaxTitleLength) throw new DomainException($"A title is at most {MaxTitleLength} characters.", "title");
        if (string.IsNullOrWhiteSpace(problem)) throw new DomainException("An article describes the problem.", "problem");
        if (string.IsNullOrWhiteSpace(solution)) throw new DomainException("An article describes the solution.", "solution");
        if (problem.Length > MaxTextLength || solution.Length > MaxTextLength)
            throw new DomainException($"Problem and solution are at most {MaxTextLength} characters each.", problem.Length > MaxTextLength ? "problem" : "solution");
        Kind = kind;
        Title = title.Trim();
        Problem = problem.Trim();
        Solution = solution.Trim();
        Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        CreatedAt = createdAt;
        TicketReference = ticketReference;
    }

    public long Id { get; private set; }
    public KnowledgeKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Problem { get; private set; } = "";
    public string Solution { get; private set; } = "";
    public List<string> Tags { get; private set; } = [];
    /// <summary>The ticket a past case was resolved in, when it came from the service desk.</summary>
    public string? TicketReference { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int HelpfulVotes { get; private set; }
    public int UnhelpfulVotes { get; private set; }

    public double Usefulness => KnowledgeRanking.Usefulness(HelpfulVotes, UnhelpfulVotes);
}

public enum KnowledgeKind
{
    Article,
    ResolvedTicket,
}
