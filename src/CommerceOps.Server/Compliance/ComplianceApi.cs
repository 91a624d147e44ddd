using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Compliance;

/// <summary>The advertising-law word list (read by staff, edited by the compliance role) and ad-hoc checks of copy.</summary>
public static class ComplianceApi
{
    public sealed record FindingView(string Field, int Start, int Length, string Matched, string RuleId, string Severity, string Reason);

    public sealed record WordListView(int Version, DateTimeOffset? PublishedAt, string PublishedBy, string Note, IReadOnlyList<WordListEdit> Terms);

    public sealed record WordListUpdate(int? BasedOn, string? Note, List<WordListEdit>? Terms);

    public sealed record ScanRequest(string? Category, string? Title, string? Subtitle, string? Description, bool RankingEvidence, bool PromotionBacksUrgency);

    public sealed record ScanResult(int WordListVersion, bool Blocked, IReadOnlyList<FindingView> Findings);

    public static FindingView View(AdFinding f) => new(f.Field, f.Start, f.Length, f.Matched, f.RuleId, f.Severity.ToWire(), f.Reason);

    public static void MapComplianceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/compliance").WithTags("Compliance");
        string[] readers = [Roles.Compliance, Roles.Operations, Roles.Marketing];

        group.MapGet("/word-list", async (WordListStore store, CancellationToken ct) => View(await store.CurrentAsync(ct)))
            .RequireRoles(readers);

        group.MapGet("/word-list/versions", (WordListStore store, CancellationToken ct) => store.VersionsAsync(ct))
            .RequireRoles(readers);

        group.MapGet("/word-list/versions/{version:int}", async Task<IResult> (int version, WordListStore store, CancellationToken ct) =>
            await store.VersionAsync(version, ct) is { } snapshot
                ? Results.Ok(View(snapshot))
                : Results.Problem(title: $"Word-list version {version} does not exist.", statusCode: 404)).RequireRoles(readers);

        group.MapPut("/word-list", async (WordListUpdate request, WordListStore store, UnitOfWork uow, HttpContext http, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.BasedOn is >= 0, "basedOn", "basedOn is the version the edit started from (0 for the built-in list).")
                .Text(request.Note, "note", 500, required: false)
                .ThrowIfAny();
            var entries = WordListEdit.Validate(request.Terms);
            var published = await uow.RunAsync(ct => store.PublishAsync(entries, request.BasedOn!.Value, http.User.Identity?.Name ?? "unknown", request.Note ?? "", ct), ct);
            return Results.Created($"/api/v1/compliance/word-list/versions/{published.Version}", View(published));
        }).RequireRoles(Roles.Compliance);

        group.MapPost("/scan", async (ScanRequest request, WordListStore store, AdLawCheckers checkers, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Category is not null && CategoryKeys.IsKnown(request.Category), "category", $"category is one of {string.Join(", ", CategoryKeys.All)}.")
                .Text(request.Title, "title", 300, required: false)
                .Text(request.Subtitle, "subtitle", 300, required: false)
                .Text(request.Description, "description", 100_000, required: false)
                .ThrowIfAny();
            var (version, checker) = await checkers.CurrentAsync(store, ct);
            var listing = new ListingText(request.Category!,
            [
                new ListingField(ListingText.Title, request.Title ?? ""),
                new ListingField(ListingText.Subtitle, request.Subtitle ?? ""),
                new ListingField(ListingText.Description, request.Description ?? ""),
            ]);
            var findings = checker.Check(listing, new ScanContext(request.RankingEvidence, request.PromotionBacksUrgency));
            return new ScanResult(version, findings.Any(f => f.Severity == FindingSeverity.Block), findings.Select(View).ToList());
        }).RequireRoles(readers);
    }

    private static WordListView View(WordListSnapshot s) =>
        new(s.Version, s.PublishedAt, s.PublishedBy, s.Note, s.Entries.Select(WordListEdit.From).ToList());
}
