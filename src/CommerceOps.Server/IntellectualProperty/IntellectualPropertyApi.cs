using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Server.AfterSales;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;
using static CommerceOps.Server.IntellectualProperty.IntellectualPropertyViews;

namespace CommerceOps.Server.IntellectualProperty;

/// <summary>
/// Intellectual property for the compliance role: the brand library (rights holder, trademark, authorisation documents
/// with validity and scans), original designs, and infringement complaints (received → taken down | kept → closed).
/// </summary>
public static class IntellectualPropertyApi
{
    public sealed record BrandBody(string? Name, string? Owner, string? TrademarkNumber, int? TrademarkClass);

    public sealed record AuthorisationBody(string? DocumentNumber, string? PartyKind, string? PartyCode, string? CategoryScope,
        DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, List<string>? Evidence);

    public sealed record DesignBody(string? Title, string? Owner, string? Description, List<string>? Evidence);

    public sealed record ComplaintBody(string? Complainant, string? ComplainantContact, long? ProductId, string? Right, string? RightReference,
        string? Description, List<string>? Evidence);

    public sealed record DecisionBody(string? Reason);

    public static void MapIntellectualPropertyApi(this RouteGroupBuilder api)
    {
        string[] readers = [Roles.Compliance, Roles.Operations];
        var brands = api.MapGroup("/brands").WithTags("Brands and complaints");

        brands.MapGet("/", async (BrandStandingQuery query, TimeProvider time, CancellationToken ct) =>
            (await query.RunAsync(time.GetUtcNow(), ct)).Select(View).ToList()).RequireRoles(readers);

        brands.MapGet("/{id:long}", async Task<IResult> (long id, BrandStandingQuery query, TimeProvider time, CancellationToken ct) =>
            (await query.RunAsync(time.GetUtcNow(), ct)).SingleOrDefault(s => s.Brand.Id == id) is { } standing
                ? Results.Ok(View(standing))
                : Results.Problem(title: $"Brand {id} does not exist.", statusCode: 404)).RequireRoles(readers);

        brands.MapPost("/", async (BrandBody body, BrandLibrary library, CancellationToken ct) =>
        {
            Validate(body, nameRequired: true);
            var brand = await library.CreateAsync(body.Name!, body.Owner!, body.TrademarkNumber, body.TrademarkClass, ct);
            return Results.Created($"/api/v1/brands/{brand.Id}", new { brand.Id, brand.Name, brand.Owner, brand.TrademarkNumber, brand.TrademarkClass });
        }).RequireRoles(Roles.Compliance);

        brands.MapPut("/{id:long}", async (long id, BrandBody body, BrandLibrary library, CancellationToken ct) =>
        {
            Validate(body, nameRequired: false);
            var brand = await library.RegisterAsync(id, body.Owner!, body.TrademarkNumber, body.TrademarkClass, ct);
            return Results.Ok(new { brand.Id, brand.Name, brand.Owner, brand.TrademarkNumber, brand.TrademarkClass });
        }).RequireRoles(Roles.Compliance);

        brands.MapPost("/{id:long}/authorisations", async (long id, AuthorisationBody body, BrandLibrary library, BrandRightsSettings settings,
            TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var request = Validate(body);
            var created = await library.AuthoriseAsync(id, request, By(http), ct);
            return Results.Created($"/api/v1/brands/{id}", View(new AuthorisationStanding(created, created.StatusAt(time.GetUtcNow(), settings.Warning))));
        }).RequireRoles(Roles.Compliance);

        // Runs the expiry sweep now (it also runs hourly): expiring → yellow, expired → red with the listings it leaves uncovered.
        brands.MapPost("/authorisation-check", (BrandAuthorisationMonitor monitor, CancellationToken ct) => monitor.CheckAsync(ct))
            .RequireRoles(Roles.Compliance);

        // Scans of authorisation documents, design drawings, complaint evidence: the after-sales evidence store's checks and folder.
        brands.MapPost("/evidence", async (HttpRequest http, IpEvidence store, CancellationToken ct) =>
        {
            if (!http.HasFormContentType) throw new DomainException("Upload the file as multipart/form-data in a field named file.", "file");
            var form = await http.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new DomainException("The form has no field named file.", "file");
            if (file.Length > EvidenceFormat.MaxBytes) throw new DomainException($"Evidence files are at most {EvidenceFormat.MaxBytes / (1024 * 1024)} MiB.", "file");
            await using var content = file.OpenReadStream();
            var evidence = await store.UploadAsync(file.FileName, file.ContentType, content, By(http.HttpContext), ct);
            return Results.Created($"/api/v1/brands/evidence/{evidence.Token}",
                new EvidenceView(evidence.Token, evidence.FileName, evidence.ContentType, evidence.Length, evidence.Sha256));
        }).WithMetadata(new RequestSizeLimitAttribute(ReturnsApi.MaxUploadBytes)).DisableAntiforgery().RequireRoles(Roles.Compliance);

        brands.MapGet("/evidence/{token}", async Task<IResult> (string token, IpEvidence store, CancellationToken ct) =>
            await store.FindAsync(token, ct) is { } evidence
                ? Results.File(store.PathOf(evidence), evidence.ContentType)
                : Results.Problem(title: $"Evidence '{token}' does not exist.", statusCode: 404)).RequireRoles(readers);

        var designs = api.MapGroup("/designs").WithTags("Brands and complaints");

        designs.MapGet("/", async (string? q, int? page, int? pageSize, DesignRegistry registry, CancellationToken ct) =>
        {
            var p = page ?? 1;
            var size = pageSize ?? 20;
            new RequestValidation()
                .Require(p is >= 1 and <= 10_000, "page", "page is between 1 and 10000.")
                .Require(size is >= 1 and <= 100, "pageSize", "pageSize is between 1 and 100.")
                .Text(q, "q", 100, required: false)
                .ThrowIfAny();
            var (items, total) = await registry.SearchAsync(q, p, size, ct);
            return new { items = items.Select(View).ToList(), total, page = p, pageSize = size };
        }).RequireRoles(readers);

        designs.MapGet("/{code}", async Task<IResult> (string code, DesignRegistry registry, CancellationToken ct) =>
            await registry.FindAsync(code, ct) is { } design
                ? Results.Ok(View(design))
                : Results.Problem(title: $"Design '{code}' does not exist.", statusCode: 404)).RequireRoles(readers);

        designs.MapPost("/", async (DesignBody body, DesignRegistry registry, HttpContext http, CancellationToken ct) =>
        {
            Validate(body);
            var design = await registry.RegisterAsync(body.Title!, body.Owner!, body.Description, body.Evidence, By(http), ct);
            return Results.Created($"/api/v1/designs/{design.Code}", View(design));
        }).RequireRoles(Roles.Compliance);

        var complaints = api.MapGroup("/ip-complaints").WithTags("Brands and complaints");

        complaints.MapGet("/", async (string? status, ComplaintService service, CancellationToken ct) =>
        {
            ComplaintStatus parsed = default;
            new RequestValidation().Require(status is null || WireNames.TryParseWire(status, out parsed), "status",
                $"status is one of {string.Join(", ", Enum.GetValues<ComplaintStatus>().Select(s => s.ToWire()))}.").ThrowIfAny();
            return (await service.ListAsync(status is null ? null : parsed, 200, ct)).Select(View).ToList();
        }).RequireRoles(readers);

        complaints.MapGet("/{number}", async Task<IResult> (string number, ComplaintService service, CancellationToken ct) =>
            await service.FindAsync(number, ct) is { } complaint
                ? Results.Ok(View(complaint))
                : Results.Problem(title: $"Complaint '{number}' does not exist.", statusCode: 404)).RequireRoles(readers);

        complaints.MapPost("/", async (ComplaintBody body, ComplaintService service, HttpContext http, CancellationToken ct) =>
        {
            var request = Validate(body);
            var complaint = await service.ReceiveAsync(request, By(http), ct);
            return Results.Created($"/api/v1/ip-complaints/{complaint.Number}", View(complaint));
        }).RequireRoles(Roles.Compliance);

        complaints.MapPost("/{number}/takedown", async (string number, DecisionBody body, ComplaintService service, HttpContext http, CancellationToken ct) =>
            View(await service.TakeDownAsync(number, By(http), Reason(body), ct))).RequireRoles(Roles.Compliance);

        complaints.MapPost("/{number}/keep", async (string number, DecisionBody body, ComplaintService service, HttpContext http, CancellationToken ct) =>
            View(await service.KeepAsync(number, By(http), Reason(body), ct))).RequireRoles(Roles.Compliance);

        complaints.MapPost("/{number}/close", async (string number, DecisionBody body, ComplaintService service, HttpContext http, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.Reason, "reason", InfringementComplaint.MaxTextLength, required: false).ThrowIfAny();
            return View(await service.CloseAsync(number, By(http), body.Reason ?? "", ct));
        }).RequireRoles(Roles.Compliance);
    }

    private static string By(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static string Reason(DecisionBody body)
    {
        new RequestValidation().Text(body.Reason, "reason", InfringementComplaint.MaxTextLength).ThrowIfAny();
        return body.Reason!;
    }

    /// <summary>The checks of a new design; the /brands page's form uses them too.</summary>
    internal static void Validate(DesignBody body) =>
        new RequestValidation()
            .Text(body.Title, "title", OriginalDesign.MaxTitleLength)
            .Text(body.Owner, "owner", 200)
            .Text(body.Description, "description", OriginalDesign.MaxDescriptionLength, required: false)
            .Require((body.Evidence?.Count ?? 0) <= BrandAuthorisation.MaxEvidence, "evidence", $"At most {BrandAuthorisation.MaxEvidence} evidence files.")
            .ThrowIfAny();

    /// <summary>The checks of a brand; the /brands page's form uses them too.</summary>
    internal static void Validate(BrandBody body, bool nameRequired) =>
        new RequestValidation()
            .Text(body.Name, "name", 200, required: nameRequired)
            .Text(body.Owner, "owner", 200)
            .Text(body.TrademarkNumber, "trademarkNumber", 64, required: false)
            .Require(body.TrademarkClass is null or (>= 1 and <= 45), "trademarkClass", "trademarkClass is a Nice class, 1 to 45.")
            .ThrowIfAny();

    /// <summary>The checks of an authorisation document; the /brands page's form uses them too.</summary>
    internal static NewAuthorisation Validate(AuthorisationBody body)
    {
        AuthorisedPartyKind kind = default;
        new RequestValidation()
            .Text(body.DocumentNumber, "documentNumber", 100)
            .Require(WireNames.TryParseWire(body.PartyKind, out kind), "partyKind", "partyKind is seller or supplier.")
            .Text(body.PartyCode, "partyCode", 64, required: kind == AuthorisedPartyKind.Supplier)
            .Text(body.CategoryScope, "categoryScope", 100, required: false)
            .Require(body.ValidFrom is not null, "validFrom", "validFrom is required.")
            .Require(body.ValidTo is not null, "validTo", "validTo is required.")
            .Require(body.ValidFrom is null || body.ValidTo is null || body.ValidTo > body.ValidFrom, "validTo", "validTo is after validFrom.")
            .Require((body.Evidence?.Count ?? 0) <= BrandAuthorisation.MaxEvidence, "evidence", $"At most {BrandAuthorisation.MaxEvidence} evidence files.")
            .ThrowIfAny();
        return new NewAuthorisation(body.DocumentNumber!, kind, body.PartyCode, body.CategoryScope, body.ValidFrom!.Value, body.ValidTo!.Value, body.Evidence ?? []);
    }

    private static NewComplaint Validate(ComplaintBody body)
    {
        ClaimedRight right = default;
        new RequestValidation()
            .Text(body.Complainant, "complainant", 200)
            .Text(body.ComplainantContact, "complainantContact", 200, required: false)
            .Require(body.ProductId is > 0, "productId", "productId names the accused product.")
            .Require(WireNames.TryParseWire(body.Right, out right), "right", "right is brand or design.")
            .Text(body.RightReference, "rightReference", 200)
            .Text(body.Description, "description", InfringementComplaint.MaxTextLength)
            .Require(body.Evidence is { Count: > 0 }, "evidence", "A complaint needs at least one evidence file (电子商务法 Art.42).")
            .Require((body.Evidence?.Count ?? 0) <= BrandAuthorisation.MaxEvidence, "evidence", $"At most {BrandAuthorisation.MaxEvidence} evidence files.")
            .ThrowIfAny();
        return new NewComplaint(body.Complainant!, body.ComplainantContact, body.ProductId!.Value, right, body.RightReference!, body.Description!, body.Evidence!);
    }
}
