using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// Frequent praise and complaint terms per category over the reviews written in [from, to): each review is split into
/// clauses, segmented (<see cref="ChineseWordSegmenter"/>) and read with <see cref="ReviewSentiment"/>; a term counts
/// the reviews that mention it. Terms are ranked by reviews (descending), then term (ordinal); the top
/// <paramref name="top"/> of each polarity are kept. Categories are ordered by code.
/// </summary>
public sealed class ReviewMining(CommerceDbContext db, ChineseWordSegmenter segmenter)
{
    public const int DefaultTop = 10;

    public async Task<IReadOnlyList<CategoryReviewTerms>> TermsAsync(DateTimeOffset from, DateTimeOffset to, int top, CancellationToken ct)
    {
        var reviews = await db.ProductReviews.AsNoTracking()
            .Where(r => r.CreatedAt >= from && r.CreatedAt < to)
            .Select(r => new { r.CategoryCode, r.Rating, r.Text })
            .ToListAsync(ct);
        var names = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => (c.Name, c.NameEn), ct);
        return reviews.GroupBy(r => r.CategoryCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var counts = g.SelectMany(r => segmenter.Clauses(r.Text).SelectMany(ReviewSentiment.Terms).Distinct())
                    .GroupBy(t => t)
                    .Select(t => new ReviewTermCount(t.Key.Term, t.Key.Polarity, t.Count()))
                    .OrderByDescending(t => t.Reviews).ThenBy(t => t.Term, StringComparer.Ordinal)
                    .ToList();
                var (name, nameEn) = names.GetValueOrDefault(g.Key, (g.Key, g.Key));
                return new CategoryReviewTerms(g.Key, name, nameEn, g.Count(), g.Average(r => r.Rating),
                    counts.Where(c => c.Polarity == SentimentPolarity.Praise).Take(top).ToList(),
                    counts.Where(c => c.Polarity == SentimentPolarity.Complaint).Take(top).ToList());
            })
            .ToList();
    }
}
