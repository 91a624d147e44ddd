using System.Security.Claims;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service.Tickets;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Service;

/// <summary>
/// The service desk: tickets from chat, phone notes and order pages; the signed-in agent is the one who answers,
/// transfers, resolves and closes (首问负责 is enforced by <see cref="Ticket"/>); SLA clocks, customer context, reply
/// templates and the service KPIs. Storefronts open tickets from the order page and pass on customer messages and ratings.
/// </summary>
public static class TicketsApi
{
    public sealed record NewTicket(TicketChannel? Channel, string? Subject, string? Description, string? CustomerCode, string? OrderNumber);

    public sealed record TextRequest(string? Text);

    public sealed record TransferRequest(string? To, string? Reason);

    public sealed record ResolveRequest(string? Resolution);

    public sealed record RatingRequest(int? Satisfaction);

    public sealed record EntryView(TicketEntryKind Kind, string Author, string Text, DateTimeOffset At, string? NotifiedUser);

    public sealed record TimerView(DateTimeOffset Due, DateTimeOffset? MetAt, bool Breached, double RemainingSeconds)
    {
        public static TimerView From(SlaTimer t) => new(t.Due, t.MetAt, t.Breached, Math.Round(t.Remaining.TotalSeconds));
    }

    public sealed record TicketView(
        long Id, string Reference, TicketChannel Channel, TicketStatus Status, string Subject, string Description, string? OrderNumber,
        string? Owner, string? Handler, DateTimeOffset CreatedAt, DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt,
        int? FirstResponseSeconds, int? ResolutionSeconds, string? Resolution, int? Satisfaction, TimerView FirstResponseSla, TimerView ResolutionSla,
        IReadOnlyList<EntryView>? Entries)
    {
        public static TicketView From(Ticket t, DateTimeOffset now, bool withEntries = true)
        {
            var timers = TicketSla.Default.Timers(t, now);
            return new(t.Id, t.Reference, t.Channel, t.Status, t.Subject, t.Description, t.OrderNumber, t.Owner, t.Handler, t.CreatedAt,
                t.FirstResponseAt, t.ResolvedAt, t.ClosedAt, t.FirstResponseSeconds, t.ResolutionSeconds, t.Resolution, t.Satisfaction,
                TimerView.From(timers.FirstResponse), TimerView.From(timers.Resolution),
                withEntries ? t.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EntryView(e.Kind, e.Author, e.Text, e.At, e.NotifiedUser)).ToList() : null);
        }
    }

    public static void MapTicketsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tickets").WithTags("Service desk");

        group.MapPost("", async (NewTicket request, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Channel is not null, "channel", "channel is chat, phone or order_page.")
                .Text(request.Subject, "subject", Ticket.MaxSubjectLength)
                .Text(request.Description, "description", Ticket.MaxTextLength)
                .Text(request.CustomerCode, "customerCode", 64, required: false)
                .Text(request.OrderNumber, "orderNumber", 32, required: false)
                .ThrowIfAny();
            var ticket = await tickets.CreateAsync(request.Channel!.Value, request.Subject!, request.Description!, request.CustomerCode, request.OrderNumber, ct);
            return Results.Created($"/api/v1/tickets/{ticket.Id}", TicketView.From(ticket, time.GetUtcNow()));
        }).RequireRoles(Roles.Service, Roles.Storefront);

        group.MapGet("", async (string? agent, int? take, TicketQueries queries, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Require(take is null or >= 1 and <= 500, "take", "take is between 1 and 500.").ThrowIfAny();
            var queue = await queries.QueueAsync(agent, take ?? 100, ct);
            return queue.Select(q => TicketView.From(q.Ticket, time.GetUtcNow(), withEntries: false)).ToList();
        }).RequireRoles(Roles.Service);

        group.MapGet("/{id:long}", async (long id, TicketService tickets, TicketQueries queries, TimeProvider time, CancellationToken ct) =>
        {
            var ticket = await tickets.GetAsync(id, ct);
            return new { ticket = TicketView.From(ticket, time.GetUtcNow()), customer = await queries.ContextAsync(ticket, ct) };
        }).RequireRoles(Roles.Service);

        group.MapPost("/{id:long}/replies", async (long id, TextRequest request, ClaimsPrincipal user, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Text, "text", Ticket.MaxTextLength).ThrowIfAny();
            return TicketView.From(await tickets.ReplyAsync(id, Agent(user), request.Text!, ct), time.GetUtcNow());
        }).RequireRoles(Roles.Service);

        group.MapPost("/{id:long}/customer-messages", async (long id, TextRequest request, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Text, "text", Ticket.MaxTextLength).ThrowIfAny();
            return TicketView.From(await tickets.CustomerWritesAsync(id, request.Text!, ct), time.GetUtcNow());
        }).RequireRoles(Roles.Service, Roles.Storefront);

        group.MapPost("/{id:long}/transfers", async (long id, TransferRequest request, ClaimsPrincipal user, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.To, "to", 100).Text(request.Reason, "reason", Ticket.MaxSubjectLength).ThrowIfAny();
            return TicketView.From(await tickets.TransferAsync(id, Agent(user), request.To!, request.Reason!, ct), time.GetUtcNow());
        }).RequireRoles(Roles.Service);

        group.MapPost("/{id:long}/resolution", async (long id, ResolveRequest request, ClaimsPrincipal user, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Resolution, "resolution", Ticket.MaxTextLength).ThrowIfAny();
            return TicketView.From(await tickets.ResolveAsync(id, Agent(user), request.Resolution!, ct), time.GetUtcNow());
        }).RequireRoles(Roles.Service);

        group.MapPost("/{id:long}/close", async (long id, ClaimsPrincipal user, TicketService tickets, TimeProvider time, CancellationToken ct) =>
            TicketView.From(await tickets.CloseAsync(id, Agent(user), ct), time.GetUtcNow())).RequireRoles(Roles.Service);

        group.MapPost("/{id:long}/satisfaction", async (long id, RatingRequest request, TicketService tickets, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Require(request.Satisfaction is >= 1 and <= 5, "satisfaction", "satisfaction is 1 to 5.").ThrowIfAny();
            return TicketView.From(await tickets.RateAsync(id, request.Satisfaction!.Value, ct), time.GetUtcNow());
        }).RequireRoles(Roles.Service, Roles.Storefront);

        group.MapGet("/{id:long}/reply", async (long id, string? template, string? language, ClaimsPrincipal user, TicketService tickets, TicketQueries queries, CancellationToken ct) =>
        {
            new RequestValidation().Text(template, "template", 64).Require(language is null or "zh-CN" or "en", "language", "language is zh-CN or en.").ThrowIfAny();
            var ticket = await tickets.GetAsync(id, ct);
            return new { template, text = await queries.RenderAsync(ticket, template!, language ?? "zh-CN", Agent(user), ct) };
        }).RequireRoles(Roles.Service);

        api.MapGet("/reply-templates", () => ReplyTemplates.All.Select(t => new { t.Code, t.Language, t.Title, t.Body, t.Variables }))
            .WithTags("Service desk").RequireRoles(Roles.Service);

        api.MapGet("/service-kpis", async (DateTimeOffset? from, DateTimeOffset? to, ServiceKpiQuery kpis, TimeProvider time, CancellationToken ct) =>
        {
            var end = to ?? time.GetUtcNow();
            var start = from ?? end.AddDays(-30);
            new RequestValidation().Require(start < end, "from", "from is before to.").ThrowIfAny();
            return await kpis.ComputeAsync(start, end, ct);
        }).WithTags("Service desk").RequireRoles(Roles.Service, Roles.Operations);
    }

    private static string Agent(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : throw new DomainException("The signed-in user has no name.", "agent");
}
