using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Service;

/// <summary>Writes knowledge articles and ratings to the store and keeps the search index in step; searches return the stored articles.</summary>
public sealed class KnowledgeBaseService(CommerceDbContext db, UnitOfWork uow, KnowledgeIndex index, TimeProvider time)
{
    public const int MaxTake = 50;

    public async Task<KnowledgeArticle> AddAsync(KnowledgeKind kind, string title, string problem, string solution, IEnumerable<string> tags, string? ticketReference, CancellationToken ct)
    {
        var article = await uow.RunAsync(ct =>
        {
            var article = new KnowledgeArticle(kind, title, problem, solution, tags, time.GetUtcNow(), ticketReference);
            db.KnowledgeArticles.Add(article);
            return Task.FromResult(article);
        }, ct);
        index.Upsert(KnowledgeDocument.From(article));
        return article;
    }

    /// <summary>Counts a "helped / did not help" vote with one conditional update, so concurrent votes are never lost.</summary>
    public async Task<KnowledgeArticle> RateAsync(long id, bool helpful, CancellationToken ct)
    {
        // Through the unit of work, so on SQLite the update queues on the write gate like every other write.
        var article = await uow.RunAsync(async ct =>
        {
            var changed = helpful
                ? await db.KnowledgeArticles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.HelpfulVotes, a => a.HelpfulVotes + 1), ct)
                : await db.KnowledgeArticles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UnhelpfulVotes, a => a.UnhelpfulVotes + 1), ct);
            if (changed == 0) throw new NotFoundException($"Knowledge article {id} does not exist.");
            return await db.KnowledgeArticles.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        }, ct);
        index.Rate(id, article.HelpfulVotes, article.UnhelpfulVotes);
        return article;
    }

    public async Task<IReadOnlyList<(KnowledgeArticle Article, KnowledgeHit Hit)>> SearchAsync(string text, int take, KnowledgeKind? kind, CancellationToken ct)
    {
        var hits = index.Search(text, Math.Clamp(take, 1, MaxTake), kind);
        var ids = hits.Select(h => h.Id).ToList();
        var articles = await db.KnowledgeArticles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return hits.Where(h => articles.ContainsKey(h.Id)).Select(h => (articles[h.Id], h)).ToList();
    }

    /// <summary>"Similar past cases" for an open ticket: resolved tickets whose problem reads like the ticket's subject and description.</summary>
    public Task<IReadOnlyList<(KnowledgeArticle Article, KnowledgeHit Hit)>> SimilarCasesAsync(string subject, string? description, int take, CancellationToken ct) =>
        SearchAsync($"{subject} {description}", take, KnowledgeKind.ResolvedTicket, ct);

    public async Task RebuildIndexAsync(CancellationToken ct)
    {
        await foreach (var article in db.KnowledgeArticles.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            index.Add(KnowledgeDocument.From(article));
        index.Refresh();
    }
}
