namespace CommerceOps.Domain.Service.Tickets;

public enum TicketEntryKind
{
    CustomerMessage,
    AgentReply,
    /// <summary>The ticket was handed to another agent; the owner is named in <see cref="TicketEntry.NotifiedUser"/>.</summary>
    Transfer,
    Resolution,
    Closing,
    Reopening,
}
