namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>One audited step of a complaint: from which state to which, who did it, when, and why.</summary>
public sealed class ComplaintTransition
{
    private ComplaintTransition() { }

    internal ComplaintTransition(ComplaintStatus? from, ComplaintStatus to, string by, DateTimeOffset at, string reason)
    {
        From = from;
        To = to;
        By = by;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }
    public ComplaintStatus? From { get; private set; }
    public ComplaintStatus To { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string Reason { get; private set; } = "";
}
