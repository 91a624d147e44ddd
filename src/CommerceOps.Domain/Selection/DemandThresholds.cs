using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// What the demand report calls few results and rising. A term has few results when no search of it in the period
/// returned more than <see cref="FewResults"/> results (0: only terms that never found anything). A term is rising
/// when it was searched at least <see cref="MinRisingSearches"/> times in the last 7 days and more often than in the
/// 7 days before.
/// </summary>
public sealed record DemandThresholds
{
    public static readonly DemandThresholds Default = new(0, 5);

    public DemandThresholds(int fewResults, int minRisingSearches)
    {
        if (fewResults < 0) throw new DomainException("The few-results threshold cannot be negative.", "fewResults");
        if (minRisingSearches < 1) throw new DomainException("A rising term needs at least one search this week.", "minSearches");
        FewResults = fewResults;
        MinRisingSearches = minRisingSearches;
    }

    public int FewResults { get; }
    public int MinRisingSearches { get; }

    public bool HasFewResults(NormalizedTerm term) => term.MaxResults <= FewResults;

    public bool IsRising(NormalizedTerm term) => term.ThisWeek >= MinRisingSearches && term.ThisWeek > term.LastWeek;
}
