using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Compliance;

/// <summary>
/// Price rules on stored promotions (the same check publishing runs) and platform campaign rules: drafted and published by
/// compliance or marketing, shown to everyone on a public rule page (HTML and JSON) once published.
/// </summary>
public static class PriceRulesApi
{
    public sealed record PriceFindingView(string RuleId, string Severity, string Subject, string Message)
    {
        public static PriceFindingView From(PriceFinding f) => new(f.RuleId, f.Severity.ToWire(), f.Subject, f.Message);
    }

    public sealed record PriceCheckResult(long PromotionId, string Code, bool Blocked, IReadOnlyList<PriceFindingView> Findings);

    public sealed record CampaignRuleRequest(string? Code, string? Title, string? Body, DateTimeOffset? EffectiveAt);

    public sealed record CampaignRuleView(
        string Code, string Title, string Body, DateTimeOffset EffectiveAt, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy, string PublicUrl)
    {
        public static CampaignRuleView From(CampaignRule r) =>
            new(r.Code, r.Title, r.Body, r.EffectiveAt, r.CreatedAt, r.PublishedAt, r.PublishedBy, $"/rules/{r.Code}");
    }

    /// <summary>What the public sees: no authoring details.</summary>
    public sealed record PublicCampaignRule(string Code, string Title, string Body, DateTimeOffset PublishedAt, DateTimeOffset EffectiveAt);

    public static void MapPriceRulesApi(this RouteGroupBuilder api)
    {
        string[] staff = [Roles.Compliance, Roles.Marketing];
        var compliance = api.MapGroup("/compliance").WithTags("Compliance");

        compliance.MapGet("/promotions/{id:long}/price-check", async (long id, PromotionService promotions, PromotionPriceRules rules, CancellationToken ct) =>
        {
            var promotion = await promotions.GetAsync(id, ct);
            var findings = await rules.CheckAsync(promotion, ct);
            return new PriceCheckResult(promotion.Id, promotion.Code, findings.Any(f => f.Severity == FindingSeverity.Block), findings.Select(PriceFindingView.From).ToList());
        }).RequireRoles([.. staff, Roles.Operations]);

        var campaigns = compliance.MapGroup("/campaign-rules");
        campaigns.MapGet("/", async (CampaignRuleService rules, CancellationToken ct) =>
            (await rules.ListAsync(publishedOnly: false, ct)).Select(CampaignRuleView.From)).RequireRoles(staff);

        campaigns.MapGet("/{code}", async (string code, CampaignRuleService rules, CancellationToken ct) =>
            CampaignRuleView.From(await rules.GetAsync(code, ct))).RequireRoles(staff);

        campaigns.MapPost("/", async (CampaignRuleRequest request, CampaignRuleService rules, CancellationToken ct) =>
        {
            Validate(request, withCode: true);
            var created = await rules.CreateAsync(request.Code!, request.Title!, request.Body!, request.EffectiveAt!.Value, ct);
            return Results.Created($"/api/v1/compliance/campaign-rules/{created.Code}", CampaignRuleView.From(created));
        }).RequireRoles(staff);

        campaigns.MapPut("/{code}", async (string code, CampaignRuleRequest request, CampaignRuleService rules, CancellationToken ct) =>
        {
            Validate(request, withCode: false);
            return CampaignRuleView.From(await rules.ReviseAsync(code, request.Title!, request.Body!, request.EffectiveAt!.Value, ct));
        }).RequireRoles(staff);

        campaigns.MapPost("/{code}/publish", async (string code, CampaignRuleService rules, HttpContext http, CancellationToken ct) =>
            CampaignRuleView.From(await rules.PublishAsync(code, http.User.Identity?.Name ?? "unknown", ct))).RequireRoles(staff);

        // Public: consumers and merchants read the rules without signing in (电子商务法 Art.33–34).
        var open = api.MapGroup("/public/campaign-rules").WithTags("Public").AllowAnonymous();
        open.MapGet("/", async (CampaignRuleService rules, CancellationToken ct) =>
            (await rules.ListAsync(publishedOnly: true, ct)).Select(ToPublic));
        open.MapGet("/{code}", async Task<IResult> (string code, CampaignRuleService rules, CancellationToken ct) =>
            await rules.PublicAsync(code, ct) is { } rule ? Results.Ok(ToPublic(rule)) : Results.Problem(title: "No published rule has this code.", statusCode: 404));
    }

    /// <summary>The public rule page: <c>/rules/{code}</c>, plain HTML a consumer can open from a promotion.</summary>
    public static void MapPublicRulePages(this IEndpointRouteBuilder app) =>
        app.MapGet("/rules/{code}", async Task<IResult> (string code, CampaignRuleService rules, CancellationToken ct) =>
            await rules.PublicAsync(code, ct) is { } rule
                ? Results.Content(RulePage(rule), "text/html; charset=utf-8")
                : Results.Problem(title: "No published rule has this code.", statusCode: 404)).AllowAnonymous().WithTags("Public");

    private static PublicCampaignRule ToPublic(CampaignRule r) => new(r.Code, r.Title, r.Body, r.PublishedAt!.Value, r.EffectiveAt);

    private static string RulePage(CampaignRule rule)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All); // Chinese text as text, markup characters still escaped
        var china = TimeSpan.FromHours(8);
        string At(DateTimeOffset t) => t.ToOffset(china).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC+8)";
        var paragraphs = rule.Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{html.Encode(p)}</p>");
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(rule.Title)}</title></head>
            <body><main>
            <h1>{html.Encode(rule.Title)}</h1>
            <p>发布时间 Published: <time datetime="{rule.PublishedAt:O}">{At(rule.PublishedAt!.Value)}</time><br>
            生效时间 Effective: <time datetime="{rule.EffectiveAt:O}">{At(rule.EffectiveAt)}</time></p>
            {string.Join("\n", paragraphs)}
            </main></body></html>
            """;
    }

    private static void Validate(CampaignRuleRequest request, bool withCode)
    {
        var v = new RequestValidation();
        if (withCode) v.Text(request.Code, "code", CampaignRule.MaxCodeLength);
        v.Text(request.Title, "title", CampaignRule.MaxTitleLength)
            .Text(request.Body, "body", CampaignRule.MaxBodyLength)
            .Require(request.EffectiveAt is not null, "effectiveAt", "effectiveAt is required.")
            .ThrowIfAny();
    }
}
