using System.Globalization;
using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Marketing.Content;

/// <summary>
/// The private domain and content: content items (guides, short videos, live streams with their live session),
/// members and subscribers of the private-domain channels, touches reported by storefronts, and last-touch attribution
/// of paid orders to content (docs/marketing.md, "Content attribution"). Dates are yyyy-MM-dd, China time, last day included.
/// </summary>
public static class ContentApi
{
    public const int MaxTouchesPerBatch = 1_000;

    public sealed record ContentItemRequest(string? Type, string? Title, string? Channel, List<string>? Skus,
        DateTimeOffset? PublishedAt, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

    public sealed record ContentItemView(long Id, string Type, string Title, string Channel, IReadOnlyList<string> Skus,
        DateTimeOffset PublishedAt, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt)
    {
        public static ContentItemView From(ContentItem c) => new(c.Id, c.Type, c.Title, c.Channel, c.Skus, c.PublishedAt, c.StartsAt, c.EndsAt);
    }

    public sealed record MemberRequest(string? CustomerCode, string? Channel, string? Source, DateTimeOffset? JoinedAt);

    public sealed record LeaveRequest(DateTimeOffset? LeftAt);

    public sealed record MemberView(long Id, string CustomerCode, string Channel, string Source, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt);

    public sealed record MemberPage(IReadOnlyList<MemberView> Items, int Page, int PageSize, bool HasMore);

    public sealed record TouchRequest(Guid? EventId, DateTimeOffset? OccurredAt, long? ContentId, string? Action,
        string? CustomerId, string? AnonymousId, string? SessionId, string? Channel);

    public sealed record TouchBatch(List<TouchRequest>? Touches);

    public sealed record TouchesAccepted(int Accepted);

    public sealed record PerformanceView(long ContentId, string ContentType, string? Title, string? Channel, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
        long Viewers, long Touches, long Orders, long Buyers, double? ConversionRate, decimal Gmv);

    public sealed record AttributionView(DateOnly From, DateOnly To, int WindowDays, long PaidOrders, decimal PaidGmv, long AttributedOrders,
        decimal AttributedGmv, double? AttributedShare, IReadOnlyList<PerformanceView> Items, IReadOnlyList<PerformanceView> LiveStreams,
        IReadOnlyList<MemberCount> Members);

    public static void MapContentApi(this RouteGroupBuilder api)
    {
        string[] readers = [Roles.Marketing, Roles.Analyst, Roles.Operations];
        var group = api.MapGroup("/content").WithTags("Content");

        group.MapGet("/items", async (string? type, CommerceDbContext db, CancellationToken ct) =>
        {
            new RequestValidation().Require(type is null || ContentTypes.All.Contains(type), "type", $"type is one of {string.Join(", ", ContentTypes.All)}.").ThrowIfAny();
            var items = await db.ContentItems.AsNoTracking().Where(c => type == null || c.Type == type).OrderBy(c => c.Id).ToListAsync(ct);
            return items.Select(ContentItemView.From);
        }).RequireRoles(readers);

        group.MapGet("/items/{id:long}", async (long id, CommerceDbContext db, CancellationToken ct) =>
            ContentItemView.From(await db.ContentItems.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new NotFoundException($"Content item {id} does not exist."))).RequireRoles(readers);

        group.MapPost("/items", async (ContentItemRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            var skus = await KnownSkusAsync(db, request.Skus, ct);
            var item = await uow.RunAsync(_ =>
            {
                var created = new ContentItem(request.Type ?? "", request.Title ?? "", request.Channel ?? "", skus,
                    request.PublishedAt ?? time.GetUtcNow(), request.StartsAt, request.EndsAt);
                db.ContentItems.Add(created);
                return Task.FromResult(created);
            }, ct);
            return Results.Created($"/api/v1/content/items/{item.Id}", ContentItemView.From(item));
        }).RequireRoles(Roles.Marketing);

        group.MapPut("/items/{id:long}", async (long id, ContentItemRequest request, CommerceDbContext db, UnitOfWork uow, CancellationToken ct) =>
        {
            var skus = await KnownSkusAsync(db, request.Skus, ct);
            var item = await uow.RunAsync(async ct =>
            {
                var stored = await db.ContentItems.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Content item {id} does not exist.");
                if (request.Type is not null && request.Type != stored.Type)
                    throw new DomainException("The type of a content item does not change; publish a new item instead.", "type");
                stored.Revise(request.Title ?? "", request.Channel ?? "", skus, request.PublishedAt ?? stored.PublishedAt, request.StartsAt, request.EndsAt);
                return stored;
            }, ct);
            return ContentItemView.From(item);
        }).RequireRoles(Roles.Marketing);

        group.MapGet("/members", async (string? channel, string? customerCode, bool? activeOnly, int? page, int? pageSize, CommerceDbContext db, CancellationToken ct) =>
        {
            var (p, size) = (page ?? 1, pageSize ?? 50);
            new RequestValidation()
                .Require(channel is null || PrivateDomainChannels.Membership.Contains(channel), "channel", $"channel is one of {string.Join(", ", PrivateDomainChannels.Membership)}.")
                .Require(p is >= 1 and <= 100_000, "page", "page is between 1 and 100000.")
                .Require(size is >= 1 and <= 1000, "pageSize", "pageSize is between 1 and 1000.")
                .ThrowIfAny();
            var rows = await (
                from m in db.PrivateDomainMembers.AsNoTracking()
                join c in db.Customers on m.CustomerId equals c.Id
                where (channel == null || m.Channel == channel) && (customerCode == null || c.Code == customerCode) && (activeOnly != true || m.LeftAt == null)
                orderby m.Id
                select new MemberView(m.Id, c.Code, m.Channel, m.Source, m.JoinedAt, m.LeftAt))
                .Skip((p - 1) * size).Take(size + 1).ToListAsync(ct);
            return new MemberPage(rows.Take(size).ToList(), p, size, rows.Count > size);
        }).RequireRoles(readers);

        // Storefronts and apps register subscribers themselves (an app subscription, a QR code scanned in a mini program).
        group.MapPost("/members", async (MemberRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.CustomerCode, "customerCode", 64).ThrowIfAny();
            var customer = await db.Customers.AsNoTracking().Where(c => c.Code == request.CustomerCode).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Customer '{request.CustomerCode}' does not exist.", "customerCode");
            var member = await uow.RunAsync(async ct =>
            {
                var channel = request.Channel ?? "";
                if (await db.PrivateDomainMembers.AnyAsync(m => m.CustomerId == customer.Id && m.Channel == channel && m.LeftAt == null, ct))
                    throw new InvalidStateException($"Customer '{customer.Code}' is already a member of {channel}.");
                var joined = new Member(customer.Id, channel, request.Source ?? "", request.JoinedAt ?? time.GetUtcNow());
                db.PrivateDomainMembers.Add(joined);
                return joined;
            }, ct);
            return Results.Created($"/api/v1/content/members?customerCode={Uri.EscapeDataString(customer.Code)}",
                new MemberView(member.Id, customer.Code, member.Channel, member.Source, member.JoinedAt, member.LeftAt));
        }).RequireRoles(Roles.Marketing, Roles.Storefront);

        group.MapPost("/members/{id:long}/leave", async (long id, LeaveRequest? request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            var member = await uow.RunAsync(async ct =>
            {
                var stored = await db.PrivateDomainMembers.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException($"Member {id} does not exist.");
                stored.Leave(request?.LeftAt ?? time.GetUtcNow());
                return stored;
            }, ct);
            var code = await db.Customers.Where(c => c.Id == member.CustomerId).Select(c => c.Code).SingleAsync(ct);
            return new MemberView(member.Id, code, member.Channel, member.Source, member.JoinedAt, member.LeftAt);
        }).RequireRoles(Roles.Marketing, Roles.Storefront);

        group.MapPost("/touches", RecordTouchesAsync).RequireRoles(Roles.Storefront, Roles.Marketing);

        group.MapGet("/attribution", async (string? from, string? to, int? windowDays, ContentReportBuilder reports, CancellationToken ct) =>
        {
            var (period, window) = Parse(from, to, windowDays);
            var report = await reports.BuildAsync(period, window, ct);
            var items = report.Items.Select(View).ToList();
            return new AttributionView(Day(from)!.Value, Day(to)!.Value, window.Days, report.Totals.PaidOrders, report.Totals.PaidGmv,
                report.Totals.AttributedOrders, report.Totals.AttributedGmv, report.Totals.GmvShare,
                items, items.Where(i => i.ContentType == ContentTypes.LiveStream).ToList(), report.Members);
        }).RequireRoles(readers);

        group.MapGet("/attribution/orders", (string? from, string? to, int? windowDays, ContentAttributionQuery attribution) =>
        {
            var (period, window) = Parse(from, to, windowDays);
            return attribution.Orders(period, window).ToList();
        }).RequireRoles(readers);
    }

    private static async Task<IResult> RecordTouchesAsync(TouchBatch batch, CommerceDbContext db, ContentTouchLog log, TimeProvider time, CancellationToken ct)
    {
        var touches = batch.Touches ?? [];
        var ids = touches.Where(t => t.ContentId is not null).Select(t => t.ContentId!.Value).Distinct().ToList();
        var types = await db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Type, ct);
        var latest = time.GetUtcNow().AddMinutes(5); // clocks of phones drift a little; touches from the future do not exist
        var validation = new RequestValidation()
            .Require(touches.Count is >= 1 and <= MaxTouchesPerBatch, "touches", $"touches holds 1 to {MaxTouchesPerBatch} touches.");
        for (var i = 0; i < touches.Count && i < MaxTouchesPerBatch; i++)
        {
            var (t, at) = (touches[i], $"touches[{i}].");
            validation
                .Require(t.EventId is not null && t.EventId != Guid.Empty, at + "eventId", "eventId is a client-generated UUID.")
                .Require(t.OccurredAt is not null && t.OccurredAt <= latest, at + "occurredAt", "occurredAt is a time that has passed.")
                .Require(t.ContentId is not null && types.ContainsKey(t.ContentId.Value), at + "contentId", "contentId names an existing content item.")
                .Require(t.Action is not null && TouchActions.All.Contains(t.Action), at + "action", $"action is one of {string.Join(", ", TouchActions.All)}.")
                .Require(!string.IsNullOrWhiteSpace(t.CustomerId) || !string.IsNullOrWhiteSpace(t.AnonymousId), at + "customerId", "customerId or anonymousId is required.")
                .Text(t.CustomerId, at + "customerId", 64, required: false).Text(t.AnonymousId, at + "anonymousId", 64, required: false)
                .Text(t.SessionId, at + "sessionId", 64, required: false).Text(t.Channel, at + "channel", 32, required: false);
        }
        validation.ThrowIfAny();
        var accepted = await log.AppendAsync(
            [.. touches.Select(t => new ContentTouch(t.EventId!.Value, t.OccurredAt!.Value, t.ContentId!.Value, types[t.ContentId.Value], t.Action!,
                Blank(t.CustomerId), Blank(t.AnonymousId), Blank(t.SessionId), Blank(t.Channel)))], ct);
        return Results.Accepted(value: new TouchesAccepted(accepted));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PerformanceView View(ContentReport.Item item)
    {
        var (p, c) = (item.Performance, item.Content);
        return new PerformanceView(p.ContentId, p.ContentType, c?.Title, c?.Channel, c?.StartsAt, c?.EndsAt,
            p.Viewers, p.Touches, p.Orders, p.Buyers, p.ConversionRate, p.Gmv);
    }

    /// <summary>Linked SKUs must exist in the catalog; a typo would silently link nothing.</summary>
    private static async Task<List<string>> KnownSkusAsync(CommerceDbContext db, List<string>? skus, CancellationToken ct)
    {
        var wanted = (skus ?? []).Select(s => (s ?? "").Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Skus.AsNoTracking().Where(s => wanted.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct);
        var missing = wanted.Except(known, StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new NotFoundException($"Unknown SKU(s): {string.Join(", ", missing.Take(10))}.", "skus");
        return wanted;
    }

    private static (AnalyticsPeriod Period, AttributionWindow Window) Parse(string? from, string? to, int? windowDays)
    {
        var (first, last, days) = (Day(from), Day(to), windowDays ?? AttributionWindow.DefaultDays);
        new RequestValidation()
            .Require(first is not null, "from", "from is a date like 2026-11-01.")
            .Require(last is not null, "to", "to is a date like 2026-11-30.")
            .Require(first is null || last is null || last >= first, "to", "to is on or after from.")
            .Require(days is >= 1 and <= AttributionWindow.MaxDays, "windowDays", $"windowDays is between 1 and {AttributionWindow.MaxDays}.")
            .ThrowIfAny();
        return (AnalyticsPeriod.FromDays(first!.Value, last!.Value), new AttributionWindow(days));
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
