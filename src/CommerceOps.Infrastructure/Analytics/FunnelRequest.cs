using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <param name="Period">Events counted; null: all events in the store.</param>
/// <param name="By">Break the funnel down by the value on each chain's step-1 event.</param>
public sealed record FunnelRequest(FunnelDefinition Funnel, AnalyticsPeriod? Period = null, FunnelUnit Unit = FunnelUnit.User, BreakdownDimension? By = null);
