namespace CommerceOps.Infrastructure.Analytics;

/// <summary>How fresh the analytics store's facts are: when the numbers were computed and the newest order and event in it.</summary>
public sealed record AnalyticsFreshness(DateTimeOffset AsOf, DateTimeOffset? LatestOrderAt, DateTimeOffset? LatestEventAt);
