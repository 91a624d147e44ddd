namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// The service desk's promises: a first answer within a minute (the KPI) and a resolution within 24 hours, both counted
/// from the moment the ticket was created.
/// </summary>
public sealed record TicketSla(TimeSpan FirstResponse, TimeSpan Resolution)
{
    public static TicketSla Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));

    public TicketTimers Timers(Ticket ticket, DateTimeOffset now) => new(
        Timer(ticket.CreatedAt + FirstResponse, ticket.FirstResponseAt, now),
        Timer(ticket.CreatedAt + Resolution, ticket.ResolvedAt, now));

    private static SlaTimer Timer(DateTimeOffset due, DateTimeOffset? metAt, DateTimeOffset now) =>
        metAt is { } at
            ? new SlaTimer(due, at, at > due, TimeSpan.Zero)
            : new SlaTimer(due, null, now > due, due > now ? due - now : TimeSpan.Zero);
}

/// <summary>The two clocks of a ticket at one moment.</summary>
public sealed record TicketTimers(SlaTimer FirstResponse, SlaTimer Resolution);

/// <summary>
/// One SLA clock: when it is due, when it was met (null while running), whether it is breached (met late, or still
/// running past the due time) and the time left while running.
/// </summary>
public sealed record SlaTimer(DateTimeOffset Due, DateTimeOffset? MetAt, bool Breached, TimeSpan Remaining)
{
    public bool Running => MetAt is null;
}
