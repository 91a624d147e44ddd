namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// New (no agent has answered) → InProgress (the first agent to answer owns it) → Resolved (a solution was given; a new
/// customer message reopens it) → Closed (by the owner; final).
/// </summary>
public enum TicketStatus
{
    New,
    InProgress,
    Resolved,
    Closed,
}
