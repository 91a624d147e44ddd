using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>The GMV tree of a period: the whole shop, and per breakdown value when one was asked for.</summary>
/// <param name="Rollup">When the daily rollup answered: through which day it holds the facts and when it was rebuilt
/// (the days after it, and days changed since, were read from the raw facts). Null: all read from the raw facts.</param>
public sealed record GmvTree(AnalyticsPeriod Period, BreakdownDimension? By, GmvNode Total, IReadOnlyList<GmvNode> Breakdown, GmvRollupUse? Rollup = null);

/// <param name="Through">The last China day read from the rollup.</param>
public sealed record GmvRollupUse(DateOnly Through, DateTimeOffset RefreshedAt);

/// <param name="Group">The breakdown value; null for the whole shop.</param>
public sealed record GmvNode(string? Group, GmvFactors Current, IReadOnlyList<GmvComparisonResult> Comparisons);

/// <param name="Baseline">The comparison period's factors (a mean when several periods).</param>
/// <param name="Decomposition">Current GMV − baseline GMV, split by factor (adds up exactly).</param>
public sealed record GmvComparisonResult(GmvComparison Kind, IReadOnlyList<AnalyticsPeriod> Periods, GmvFactors Baseline, GmvDecomposition Decomposition);
