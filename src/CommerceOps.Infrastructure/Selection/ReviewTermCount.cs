using CommerceOps.Domain.Selection;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>A praise or complaint term in a category: how many reviews mention it (each review counts once).</summary>
public sealed record ReviewTermCount(string Term, SentimentPolarity Polarity, int Reviews);

/// <summary>One category's reviews: how many, their mean rating, and its most frequent praise and complaint terms.</summary>
public sealed record CategoryReviewTerms(
    string CategoryCode, string CategoryName, string CategoryNameEn, int Reviews, double MeanRating,
    IReadOnlyList<ReviewTermCount> Praise, IReadOnlyList<ReviewTermCount> Complaints);
