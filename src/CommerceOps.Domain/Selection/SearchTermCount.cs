namespace CommerceOps.Domain.Selection;

/// <summary>
/// One search term as the analytics store aggregated it over a period: how often it was searched, in the last 7 days
/// and the 7 before, and the most results any of those searches returned.
/// </summary>
public sealed record SearchTermCount(string Term, long Searches, long ThisWeek, long LastWeek, long MaxResults)
{
    /// <summary>Week-over-week growth, (this − last) / last; null when last week had no searches (a new term).</summary>
    public double? Growth => LastWeek == 0 ? null : (ThisWeek - LastWeek) / (double)LastWeek;
}
