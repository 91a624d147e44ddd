namespace CommerceOps.Domain.Selection;

/// <summary>A praise or complaint term found in a review: the word, prefixed by its negator when negated ("不满意").</summary>
public sealed record SentimentTerm(string Term, SentimentPolarity Polarity);
