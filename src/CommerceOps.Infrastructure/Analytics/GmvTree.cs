using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>The GMV tree of a period: the whole shop, and per breakdown value when one was asked for.</summary>
public sealed record GmvTree(AnalyticsPeriod Period, BreakdownDimension? By, GmvNode Total, IReadOnlyList<GmvNode> Breakdown);

/// <param name="Group">The breakdown value; null for the whole shop.</param>
public sealed record GmvNode(string? Group, GmvFactors Current, IReadOnlyList<GmvComparisonResult> Comparisons);

/// <param name="Baseline">The comparison period's factors (a mean when several periods).</param>
/// <param name="Decomposition">Current GMV − baseline GMV, split by factor (adds up exactly).</param>
public sealed record GmvComparisonResult(GmvComparison Kind, IReadOnlyList<AnalyticsPeriod> Periods, GmvFactors Baseline, GmvDecomposition Decomposition);
