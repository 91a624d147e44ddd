using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// A customer's request to the service desk. First-contact ownership (首问负责): the first agent who answers owns the
/// ticket until it is closed and alone may close it; a transfer hands the work to another agent (the handler) but the
/// owner stays and is notified of the transfer and of the resolution. Only the owner and the current handler act on it.
/// </summary>
public sealed class Ticket : AggregateRoot
{
    public const int MaxSubjectLength = 200;
    public const int MaxTextLength = 4_000;

    private readonly List<TicketEntry> _entries = [];

    private Ticket() { }

    public Ticket(TicketChannel channel, string subject, string description, long? customerId, string? orderNumber, DateTimeOffset now)
    {
        Channel = channel;
        Subject = Text(subject, "subject", MaxSubjectLength);
        Description = Text(description, "description", MaxTextLength);
        CustomerId = customerId;
        OrderNumber = string.IsNullOrWhiteSpace(orderNumber) ? null : orderNumber.Trim();
        Status = TicketStatus.New;
        CreatedAt = UpdatedAt = now;
        _entries.Add(new TicketEntry(TicketEntryKind.CustomerMessage, "customer", Description, now));
    }

    /// <summary>What agents and customers quote: T and the id, six digits at least.</summary>
    public string Reference => ReferenceOf(Id);
    public TicketChannel Channel { get; private set; }
    public string Subject { get; private set; } = "";
    public string Description { get; private set; } = "";
    public long? CustomerId { get; private set; }
    public string? OrderNumber { get; private set; }
    public TicketStatus Status { get; private set; }
    /// <summary>The first agent who answered (首问负责); responsible until the ticket is closed.</summary>
    public string? Owner { get; private set; }
    /// <summary>Who works on it now: the owner, or the agent it was last transferred to.</summary>
    public string? Handler { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? FirstResponseAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Seconds from creation to the first answer; kept as a number so KPIs aggregate in SQL.</summary>
    public int? FirstResponseSeconds { get; private set; }
    /// <summary>Seconds from creation to the (last) resolution.</summary>
    public int? ResolutionSeconds { get; private set; }
    public string? Resolution { get; private set; }
    /// <summary>The customer's rating of the handling, 1 (bad) to 5 (very good).</summary>
    public int? Satisfaction { get; private set; }
    public IReadOnlyList<TicketEntry> Entries => _entries;

    public static string ReferenceOf(long id) => $"T{id:D6}";

    /// <summary>An agent answers the customer. The first agent to answer becomes the owner and stops the first-response clock.</summary>
    public void Reply(string agent, string text, DateTimeOffset now)
    {
        agent = Agent(agent);
        EnsureNotClosed();
        if (Owner is null)
        {
            Owner = Handler = agent;
            FirstResponseAt = now;
            FirstResponseSeconds = Seconds(now);
            Status = TicketStatus.InProgress;
        }
        else EnsureActsOnIt(agent);
        _entries.Add(new TicketEntry(TicketEntryKind.AgentReply, agent, Text(text, "text", MaxTextLength), now));
        UpdatedAt = now;
    }

    /// <summary>The customer writes again; a resolved ticket is reopened (its resolution clock runs again).</summary>
    public void CustomerWrites(string text, DateTimeOffset now)
    {
        EnsureNotClosed();
        _entries.Add(new TicketEntry(TicketEntryKind.CustomerMessage, "customer", Text(text, "text", MaxTextLength), now));
        if (Status == TicketStatus.Resolved)
        {
            Status = TicketStatus.InProgress;
            ResolvedAt = null;
            ResolutionSeconds = null;
            _entries.Add(new TicketEntry(TicketEntryKind.Reopening, "customer", "", now, Owner));
        }
        UpdatedAt = now;
    }

    /// <summary>The owner or the handler gives the work to another agent; the owner stays responsible and is told.</summary>
    public void Transfer(string agent, string to, string reason, DateTimeOffset now)
    {
        agent = Agent(agent);
        to = Agent(to, "to");
        EnsureNotClosed();
        if (Owner is null) throw new DomainException("Answer the customer before transferring: the first agent to answer owns the ticket (首问负责).", "agent");
        EnsureActsOnIt(agent);
        if (to == Handler) throw new DomainException($"{to} already handles this ticket.", "to");
        Handler = to;
        _entries.Add(new TicketEntry(TicketEntryKind.Transfer, agent, $"→ {to}: {Text(reason, "reason", MaxSubjectLength)}", now, Owner));
        UpdatedAt = now;
    }

    /// <summary>The owner or handler records the solution given; the owner is told when someone else resolved it.</summary>
    public void Resolve(string agent, string resolution, DateTimeOffset now)
    {
        agent = Agent(agent);
        if (Status != TicketStatus.InProgress) throw new InvalidStateException($"Only a ticket in progress can be resolved; this one is {Status}.");
        EnsureActsOnIt(agent);
        Resolution = Text(resolution, "resolution", MaxTextLength);
        Status = TicketStatus.Resolved;
        ResolvedAt = now;
        ResolutionSeconds = Seconds(now);
        _entries.Add(new TicketEntry(TicketEntryKind.Resolution, agent, Resolution, now, agent == Owner ? null : Owner));
        UpdatedAt = now;
    }

    /// <summary>Only the owner closes, and only a resolved ticket: ownership ends here.</summary>
    public void Close(string agent, DateTimeOffset now)
    {
        agent = Agent(agent);
        if (Status != TicketStatus.Resolved) throw new InvalidStateException($"Only a resolved ticket can be closed; this one is {Status}.");
        if (agent != Owner) throw new DomainException($"Only the owner ({Owner}) closes the ticket (首问负责).", "agent");
        Status = TicketStatus.Closed;
        ClosedAt = now;
        _entries.Add(new TicketEntry(TicketEntryKind.Closing, agent, "", now));
        UpdatedAt = now;
    }

    /// <summary>The customer rates the handling once it is resolved or closed; a later rating replaces an earlier one.</summary>
    public void Rate(int satisfaction, DateTimeOffset now)
    {
        if (Status is not (TicketStatus.Resolved or TicketStatus.Closed)) throw new InvalidStateException("A ticket is rated after it is resolved.");
        if (satisfaction is < 1 or > 5) throw new DomainException("Satisfaction is 1 to 5.", "satisfaction");
        Satisfaction = satisfaction;
        UpdatedAt = now;
    }

    private void EnsureActsOnIt(string agent)
    {
        if (agent != Owner && agent != Handler)
            throw new DomainException($"{Owner} owns this ticket and {Handler} handles it; ask them to transfer it to you.", "agent");
    }

    private void EnsureNotClosed()
    {
        if (Status == TicketStatus.Closed) throw new InvalidStateException("The ticket is closed; open a new one.");
    }

    private int Seconds(DateTimeOffset now) => (int)Math.Max(0, Math.Round((now - CreatedAt).TotalSeconds));

    private static string Agent(string agent, string field = "agent") =>
        string.IsNullOrWhiteSpace(agent) ? throw new DomainException("Name the agent.", field) : agent.Trim();

    private static string Text(string text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException($"The {field} is required.", field);
        text = text.Trim();
        return text.Length > max ? throw new DomainException($"The {field} is at most {max} characters.", field) : text;
    }

    /// <summary>On a deletion request: the customer's own words go (they hold personal data); times, status and ratings stay for the KPIs.</summary>
    public void EraseCustomerText(string replacement)
    {
        Description = replacement;
        foreach (var entry in _entries.Where(e => e.Kind == TicketEntryKind.CustomerMessage)) entry.Erase(replacement);
    }
}
