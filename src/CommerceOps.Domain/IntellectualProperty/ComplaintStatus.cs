namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>An infringement complaint's state: received → taken down or kept → closed.</summary>
public enum ComplaintStatus
{
    Received,
    TakenDown,
    Kept,
    Closed,
}
