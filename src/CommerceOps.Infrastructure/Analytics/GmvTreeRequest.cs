using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <param name="Comparisons">Null: all of <see cref="GmvComparisons.All"/>.</param>
public sealed record GmvTreeRequest(AnalyticsPeriod Period, BreakdownDimension? By = null, IReadOnlyList<GmvComparison>? Comparisons = null);
