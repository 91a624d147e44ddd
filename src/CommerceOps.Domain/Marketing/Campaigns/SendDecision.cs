namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>What happens to one audience member when a campaign fires; every outcome is recorded.</summary>
public enum SendOutcome
{
    Send,
    Holdout,
    NoConsent,
    FrequencyCapped,
    Deferred,

    /// <summary>A deferred send whose customer withdrew consent before it went out: it never goes.</summary>
    ConsentWithdrawn,
}

/// <summary>The outcome and, for a send or a deferral, when the message goes out.</summary>
public sealed record SendDecision(SendOutcome Outcome, DateTimeOffset? SendAt);
