using System.Security.Claims;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.AfterSales;

/// <summary>Return and refund requests: evidence upload, submission (policy + rules), the agent's decisions, receipt, and the rules.</summary>
public static class ReturnsApi
{
    public sealed record RefundAccountBody(string? Kind, string? Holder, string? Number);

    public sealed record ReturnLineBody(string? Sku, int Quantity);

    public sealed record CreateReturnBody(
        string? OrderNumber, string? Reason, string? Condition, string? Description, List<ReturnLineBody>? Lines, List<string>? Evidence,
        RefundAccountBody? RefundAccount);

    public sealed record ApproveBody(bool RefundNow, string? Note);

    public sealed record RejectBody(string? Reason);

    public sealed record ReceiptBody(bool Intact, string? Note);

    /// <summary>A multipart upload of one file, with room for the form's own overhead.</summary>
    public const long MaxUploadBytes = EvidenceFormat.MaxBytes + 64 * 1024;

    public static void MapReturnsApi(this RouteGroupBuilder api)
    {
        var returns = api.MapGroup("/returns").WithTags("Returns");

        returns.MapPost("/evidence", async (HttpRequest http, EvidenceStore store, SensitiveConsent consent, CancellationToken ct) =>
        {
            if (!http.HasFormContentType) throw new DomainException("Upload the file as multipart/form-data in a field named file.", "file");
            var form = await http.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new DomainException("The form has no field named file.", "file");
            if (file.Length > EvidenceFormat.MaxBytes) throw new DomainException($"Evidence files are at most {EvidenceFormat.MaxBytes / (1024 * 1024)} MiB.", "file");
            var healthProofOf = await HealthProofOwnerAsync(form, consent, ct);
            await using var content = file.OpenReadStream();
            var evidence = await store.SaveAsync(file.FileName, file.ContentType, content, ct, healthProofOf);
            return Results.Created($"/api/v1/returns/evidence/{evidence.Token}",
                new EvidenceView(evidence.Token, evidence.FileName, evidence.ContentType, evidence.Length, evidence.Sha256));
        }).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes)).DisableAntiforgery()
            .RequireRoles(Roles.Storefront, Roles.Service);

        // Staff view the evidence as uploaded, with the type its bytes were checked to be.
        returns.MapGet("/evidence/{token}", async Task<IResult> (string token, CommerceDbContext db, EvidenceStore store, CancellationToken ct) =>
            await db.ReturnEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Token == token, ct) is { } evidence
                ? Results.File(store.PathOf(evidence), evidence.ContentType)
                : Results.Problem(title: $"Evidence '{token}' does not exist.", statusCode: 404))
            .RequireRoles(Roles.Service);

        returns.MapPost("/", async (CreateReturnBody body, ReturnService service, ReturnSla sla, TimeProvider time, CancellationToken ct) =>
        {
            var command = Validate(body);
            var request = await service.CreateAsync(command, ct);
            return Results.Created($"/api/v1/returns/{request.Number}", ReturnView.From(request, sla, time.GetUtcNow()));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        returns.MapGet("/", async (string? status, int? limit, ReturnQueue queue, ReturnSla sla, TimeProvider time, CancellationToken ct) =>
        {
            ReturnStatus? filter = null;
            if (status is not null)
            {
                if (!WireNames.TryParseWire<ReturnStatus>(status, out var parsed))
                    throw new DomainException("status is open, awaiting_goods, refunded or rejected.", "status");
                filter = parsed;
            }
            var now = time.GetUtcNow();
            var list = await queue.ListAsync(filter, Math.Clamp(limit ?? 100, 1, 500), ct);
            return Results.Ok(list.Select(r => ReturnView.From(r, sla, now)));
        }).RequireRoles(Roles.Service, Roles.Operations, Roles.Analyst);

        returns.MapGet("/{number}", async Task<IResult> (string number, ReturnQueue queue, ReturnSla sla, TimeProvider time, CancellationToken ct) =>
            await queue.FindAsync(number, ct) is { } request
                ? Results.Ok(ReturnView.From(request, sla, time.GetUtcNow()))
                : Results.Problem(title: $"Return '{number}' does not exist.", statusCode: 404))
            .RequireRoles(Roles.Storefront, Roles.Service, Roles.Operations, Roles.Analyst);

        returns.MapPost("/{number}/approve", async (string number, ApproveBody body, ReturnService service, ReturnSla sla, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.Note, "note", ReturnRequest.MaxNoteLength, required: false).ThrowIfAny();
            var request = await service.ApproveAsync(number, Agent(user), body.RefundNow, body.Note, ct);
            return Results.Ok(ReturnView.From(request, sla, time.GetUtcNow()));
        }).RequireRoles(Roles.Service);

        returns.MapPost("/{number}/reject", async (string number, RejectBody body, ReturnService service, ReturnSla sla, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.Reason, "reason", ReturnRequest.MaxNoteLength).ThrowIfAny();
            var request = await service.RejectAsync(number, Agent(user), body.Reason!, ct);
            return Results.Ok(ReturnView.From(request, sla, time.GetUtcNow()));
        }).RequireRoles(Roles.Service);

        returns.MapPost("/{number}/receipt", async (string number, ReceiptBody body, ReturnService service, ReturnSla sla, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.Note, "note", ReturnRequest.MaxNoteLength, required: !body.Intact).ThrowIfAny();
            var request = await service.ReceiveAsync(number, body.Intact, body.Note, Agent(user), ct);
            return Results.Ok(ReturnView.From(request, sla, time.GetUtcNow()));
        }).RequireRoles(Roles.Service, Roles.SupplyChain);

        returns.MapGet("/rules", (ReturnRuleStore rules) => Results.Ok(rules.Load().Rules))
            .RequireRoles(Roles.Service, Roles.Operations);

        returns.MapPut("/rules", (List<ReturnRule> body, ReturnRuleStore rules) =>
        {
            rules.Save(new ReturnRuleSet(body));
            return Results.Ok(rules.Load().Rules);
        }).RequireRoles(Roles.Operations);
    }

    private static string Agent(ClaimsPrincipal user) => user.Identity?.Name ?? "staff";

    /// <summary>
    /// A file flagged <c>healthProof=true</c> (an allergy photo, a medical note) is sensitive personal information of the
    /// customer named in <c>customerCode</c>; it is accepted only on their separate consent (PI-SENS-005).
    /// </summary>
    private static async Task<string?> HealthProofOwnerAsync(IFormCollection form, SensitiveConsent consent, CancellationToken ct)
    {
        var flag = form["healthProof"].ToString();
        if (flag is "" or "false") return null;
        if (flag != "true") throw new DomainException("healthProof is true or false.", "healthProof");
        var customerCode = form["customerCode"].ToString().Trim();
        if (customerCode.Length is 0 or > 64) throw new DomainException("A health-related proof names the customer it belongs to (customerCode).", "customerCode");
        await consent.RequireAsync(customerCode, PrivacyPurposes.HealthProof, "healthProof", ct);
        return customerCode;
    }

    private static ReturnCommand Validate(CreateReturnBody body)
    {
        var v = new RequestValidation().Text(body.OrderNumber, "orderNumber", 64)
            .Text(body.Description, "description", ReturnRequest.MaxDescriptionLength, required: false);
        var reason = ReturnReason.NoReason;
        var condition = GoodsCondition.Unopened;
        if (!WireNames.TryParseWire(body.Reason, out reason))
            v.Add("reason", $"reason is one of {string.Join(", ", Enum.GetValues<ReturnReason>().Select(r => r.ToWire()))}.");
        if (body.Condition is not null && !WireNames.TryParseWire(body.Condition, out condition))
            v.Add("condition", $"condition is one of {string.Join(", ", Enum.GetValues<GoodsCondition>().Select(c => c.ToWire()))}.");
        if (body.Lines is null or { Count: 0 }) v.Add("lines", "Name at least one line to return.");
        else if (body.Lines.Count > 200) v.Add("lines", "At most 200 lines.");
        else
            for (var i = 0; i < body.Lines.Count; i++)
            {
                v.Text(body.Lines[i].Sku, $"lines[{i}].sku", 64);
                v.Require(body.Lines[i].Quantity >= 1, $"lines[{i}].quantity", "Return at least one unit.");
            }
        var evidence = body.Evidence ?? [];
        v.Require(evidence.Count <= EvidenceFormat.MaxFilesPerRequest, "evidence", $"At most {EvidenceFormat.MaxFilesPerRequest} evidence files.");
        v.ThrowIfAny();
        var account = body.RefundAccount is { } a ? RefundAccount.Create(a.Kind, a.Holder, a.Number) : null;
        return new ReturnCommand(body.OrderNumber!.Trim(), reason, condition, body.Description,
            [.. body.Lines!.Select(l => new ReturnLineCommand(l.Sku!.Trim(), l.Quantity))], evidence, account);
    }
}
