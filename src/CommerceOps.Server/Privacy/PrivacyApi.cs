using System.Globalization;
using System.Text;
using System.Text.Json;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Privacy;

/// <summary>
/// Personal information (SPEC.md §D): the purpose catalogue (compliance edits it), consent statistics, and data-subject
/// requests — receive, export as JSON or CSV, correct, delete (anonymise), refuse with a reason.
/// </summary>
public static class PrivacyApi
{
    public sealed record PurposeRequest(string? Description, bool? Sensitive, LegalBasis? LegalBasis, string? Retention);

    public sealed record PurposeView(string Code, string Description, bool Sensitive, LegalBasis LegalBasis, string Retention, bool NeedsConsent)
    {
        public static PurposeView From(PrivacyPurpose p) => new(p.Code, p.Description, p.Sensitive, p.LegalBasis, p.Retention, p.NeedsConsent);
    }

    public sealed record CalendarDayRequest(CalendarDayKind? Kind, string? Name);

    public sealed record CalendarDayView(DateOnly Date, DayOfWeek DayOfWeek, CalendarDayKind Kind, string Name, string ChangedBy, DateTimeOffset ChangedAt)
    {
        public static CalendarDayView From(CalendarDay d) => new(d.Date, d.Date.DayOfWeek, d.Kind, d.Name, d.ChangedBy, d.ChangedAt);
    }

    public sealed record NewRequest(string? CustomerCode, DataSubjectRequestKind? Kind, string? Details);

    public sealed record CorrectionRequest(string? Name, string? Phone, string? Email);

    public sealed record RefusalRequest(string? Reason);

    public sealed record EntryView(DateTimeOffset At, string Actor, string Action, string Note);

    public sealed record RequestView(string Number, string CustomerCode, DataSubjectRequestKind Kind, string Details, DataSubjectRequestStatus Status,
        DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? CompletedAt, bool Overdue, IReadOnlyList<EntryView> Audit)
    {
        public static RequestView From(DataSubjectRequest r, DateTimeOffset now) => new(r.Number, r.CustomerCode, r.Kind, r.Details, r.Status, r.ReceivedAt, r.DueAt,
            r.CompletedAt, r.IsOverdue(now), [.. r.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EntryView(e.At, e.Actor, e.Action, e.Note))]);
    }

    public static void MapPrivacyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/privacy").WithTags("Privacy");
        string[] handlers = [Roles.Compliance, Roles.Service];

        group.MapGet("/purposes", async (PurposeCatalogue catalogue, CancellationToken ct) =>
            (await catalogue.ListAsync(ct)).Select(PurposeView.From).ToList())
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        group.MapPut("/purposes/{code}", async (string code, PurposeRequest request, PurposeCatalogue catalogue, HttpContext http, CancellationToken ct) =>
        {
            new RequestValidation()
                .Text(request.Description, "description", PrivacyPurpose.MaxDescriptionLength)
                .Require(request.LegalBasis is not null, "legalBasis", "legalBasis is consent, contract_necessity or legal_obligation.")
                .Text(request.Retention, "retention", 200)
                .ThrowIfAny();
            var purpose = await catalogue.SetAsync(code, request.Description!, request.Sensitive == true, request.LegalBasis!.Value, request.Retention!,
                http.User.Identity?.Name ?? "unknown", ct);
            return Results.Ok(PurposeView.From(purpose));
        }).RequireRoles(Roles.Compliance);

        group.MapGet("/calendar", async (int? year, HolidayCalendarStore calendar, CancellationToken ct) =>
        {
            new RequestValidation().Require(year is null or (>= 2000 and <= 2100), "year", "year is between 2000 and 2100.").ThrowIfAny();
            return (await calendar.ListAsync(year, ct)).Select(CalendarDayView.From).ToList();
        }).RequireRoles(handlers);

        group.MapPut("/calendar/{date}", async (string date, CalendarDayRequest request, HolidayCalendarStore calendar, HttpContext http, CancellationToken ct) =>
        {
            var day = ParseDate(date);
            new RequestValidation()
                .Require(request.Kind is not null, "kind", "kind is holiday or working_day.")
                .Text(request.Name, "name", CalendarDay.MaxNameLength)
                .ThrowIfAny();
            return Results.Ok(CalendarDayView.From(await calendar.SetAsync(day, request.Kind!.Value, request.Name!, Actor(http), ct)));
        }).RequireRoles(Roles.Compliance);

        group.MapDelete("/calendar/{date}", async (string date, HolidayCalendarStore calendar, CancellationToken ct) =>
        {
            await calendar.RemoveAsync(ParseDate(date), ct);
            return Results.NoContent();
        }).RequireRoles(Roles.Compliance);

        group.MapGet("/consent-stats", (ConsentStatistics stats, CancellationToken ct) => stats.PerPurposeAndChannelAsync(ct))
            .RequireRoles(Roles.Compliance, Roles.Marketing, Roles.Service);

        group.MapPost("/requests", async (NewRequest request, DataSubjectRequests requests, HttpContext http, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation()
                .Text(request.CustomerCode, "customerCode", 64)
                .Require(request.Kind is not null, "kind", "kind is export, correction or deletion.")
                .Text(request.Details, "details", DataSubjectRequest.MaxNoteLength, required: false)
                .ThrowIfAny();
            var received = await requests.ReceiveAsync(request.CustomerCode!, request.Kind!.Value, request.Details, Actor(http), ct);
            return Results.Created($"/api/v1/privacy/requests/{received.Number}", RequestView.From(received, time.GetUtcNow()));
        }).RequireRoles([Roles.Storefront, .. handlers]);

        group.MapGet("/requests", async (int? take, DataSubjectRequests requests, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Require(take is null or (>= 1 and <= 500), "take", "take is between 1 and 500.").ThrowIfAny();
            var now = time.GetUtcNow();
            return (await requests.QueueAsync(take ?? 100, ct)).Select(r => RequestView.From(r, now)).ToList();
        }).RequireRoles(handlers);

        group.MapGet("/requests/{number}", async Task<IResult> (string number, DataSubjectRequests requests, TimeProvider time, CancellationToken ct) =>
            await requests.FindAsync(number, ct) is { } found
                ? Results.Ok(RequestView.From(found, time.GetUtcNow()))
                : Results.Problem(title: $"Request '{number}' does not exist.", statusCode: 404))
            .RequireRoles([Roles.Storefront, .. handlers]);

        group.MapGet("/requests/{number}/export", async (string number, string? format, DataSubjectRequests requests, HttpContext http, CancellationToken ct) =>
        {
            new RequestValidation().Require(format is null or "json" or "csv", "format", "format is json or csv.").ThrowIfAny();
            var csv = format == "csv";
            var export = await requests.ExportAsync(number, csv ? "csv" : "json", Actor(http), ct);
            var name = $"{number}.{(csv ? "csv" : "json")}";
            return csv
                ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CustomerDataCsv.Write(export, CustomerDataJson.Options))).ToArray(), "text/csv; charset=utf-8", name)
                : Results.File(JsonSerializer.SerializeToUtf8Bytes(export, CustomerDataJson.Options), "application/json", name);
        }).RequireRoles([Roles.Storefront, .. handlers]);

        group.MapPost("/requests/{number}/correction", async (string number, CorrectionRequest request, DataSubjectRequests requests, HttpContext http,
            TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Name is not null || request.Phone is not null || request.Email is not null, "body", "Send a name, phone or email to correct.")
                .Text(request.Name, "name", 100, required: false).Text(request.Phone, "phone", 32, required: false).Text(request.Email, "email", 200, required: false)
                .ThrowIfAny();
            var done = await requests.CorrectAsync(number, new(request.Name, request.Phone, request.Email), Actor(http), ct);
            return Results.Ok(RequestView.From(done, time.GetUtcNow()));
        }).RequireRoles(handlers);

        group.MapPost("/requests/{number}/deletion", async (string number, DataSubjectRequests requests, HttpContext http, TimeProvider time, CancellationToken ct) =>
            Results.Ok(RequestView.From(await requests.DeleteAsync(number, Actor(http), ct), time.GetUtcNow())))
            .RequireRoles(Roles.Compliance);

        group.MapPost("/requests/{number}/refusal", async (string number, RefusalRequest request, DataSubjectRequests requests, HttpContext http,
            TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Reason, "reason", DataSubjectRequest.MaxNoteLength).ThrowIfAny();
            return Results.Ok(RequestView.From(await requests.RefuseAsync(number, request.Reason!, Actor(http), ct), time.GetUtcNow()));
        }).RequireRoles(Roles.Compliance);
    }

    private static DateOnly ParseDate(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException("The date is yyyy-MM-dd.", "date");

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "unknown";
}
