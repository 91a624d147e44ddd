namespace CommerceOps.Infrastructure.Analytics;

/// <summary>What the projector did with an event, recorded in <c>projected_events.outcome</c> for auditing.</summary>
public static class ProjectionOutcome
{
    public const string Applied = "applied";

    /// <summary>An event for other consumers (e.g. alert events for webhooks): nothing to project, nothing to warn about.</summary>
    public const string NotAnalytics = "not_analytics";

    /// <summary>A type this version does not project; recorded so it never blocks the stream.</summary>
    public const string UnknownType = "unknown_type";

    /// <summary>A payload that does not parse as its type; recorded (and logged) for the same reason.</summary>
    public const string Unreadable = "unreadable";
}
