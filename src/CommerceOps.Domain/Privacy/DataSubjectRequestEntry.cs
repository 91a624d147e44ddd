namespace CommerceOps.Domain.Privacy;

/// <summary>One line of a request's audit trail: who did what, when.</summary>
public sealed class DataSubjectRequestEntry
{
    private DataSubjectRequestEntry() { }

    internal DataSubjectRequestEntry(DateTimeOffset at, string actor, string action, string note)
    {
        At = at;
        Actor = actor;
        Action = action;
        Note = note;
    }

    public long Id { get; private set; }
    public long RequestId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Note { get; private set; } = "";
}
