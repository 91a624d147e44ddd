namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// One line of a ticket's history. <see cref="NotifiedUser"/> is the agent who must hear about it — the owner, when
/// someone else transferred or resolved the ticket they remain responsible for (首问负责).
/// </summary>
public sealed class TicketEntry
{
    private TicketEntry() { }

    internal TicketEntry(TicketEntryKind kind, string author, string text, DateTimeOffset at, string? notifiedUser = null)
    {
        Kind = kind;
        Author = author;
        Text = text;
        At = at;
        NotifiedUser = notifiedUser;
    }

    public long Id { get; private set; }
    public TicketEntryKind Kind { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? NotifiedUser { get; private set; }

    internal void Erase(string replacement) => Text = replacement;
}
