namespace CommerceOps.Infrastructure.Analytics;

/// <summary>The answer to an accepted ingestion batch.</summary>
public sealed record BehaviourEventsAccepted(int Accepted);
