using CommerceOps.Domain.Selection;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// Unmet and growing demand from search: terms with few results, rising terms (by growth, new terms first), and all
/// searched terms grouped by similarity. Terms are normalised first (<see cref="NormalizedTerm.Merge"/>).
/// </summary>
public sealed record DemandReport(
    DemandRequest Request, IReadOnlyList<NormalizedTerm> FewResults, IReadOnlyList<NormalizedTerm> Rising, IReadOnlyList<TermGroup> Groups)
{
    public static DemandReport Build(DemandRequest request, IReadOnlyList<SearchTermCount> counts, ChineseWordSegmenter segmenter)
    {
        // The period's terms only: a term searched last week but not in a shorter period does not belong to it.
        var terms = NormalizedTerm.Merge(counts).Where(t => t.Searches > 0 || t.ThisWeek > 0).ToList();
        var inPeriod = terms.Where(t => t.Searches > 0).ToList();
        var few = inPeriod.Where(request.Thresholds.HasFewResults).ToList();
        var rising = terms.Where(request.Thresholds.IsRising)
            .OrderByDescending(t => t.Growth ?? double.PositiveInfinity).ThenByDescending(t => t.ThisWeek).ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        var groups = TermGrouping.Group(inPeriod, segmenter.Words);
        return new DemandReport(request, few, rising, groups);
    }
}
