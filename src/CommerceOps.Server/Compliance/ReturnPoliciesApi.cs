using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Compliance;

/// <summary>
/// No-reason return policies per SKU and category (RET-7D-004), set by compliance or operations:
/// <c>PUT /api/v1/compliance/return-policies/{sku|category}/{key}</c> with days (≥ 7) or an exclusion (a reason code; a
/// non-statutory one also needs the explanation shown to the buyer).
/// </summary>
public static class ReturnPoliciesApi
{
    public sealed record ReturnPolicyRequest(int? Days, ReturnExclusion? Exclusion, string? Explanation);

    public sealed record ReturnPolicyEntryView(ReturnPolicyScope Scope, string Key, int NoReasonDays, ReturnExclusion? Exclusion, bool Statutory,
        string? Explanation, string Text, int Version, string SetBy, DateTimeOffset SetAt)
    {
        public static ReturnPolicyEntryView From(ReturnPolicyEntry e) => new(e.Scope, e.Key, e.Exclusion is null ? e.Days : 0, e.Exclusion,
            e.Exclusion?.IsStatutory() ?? false, e.Explanation, ReturnPolicyText.Describe(e.Policy), e.Version, e.SetBy, e.SetAt);
    }

    public static void MapReturnPoliciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/compliance/return-policies").WithTags("Compliance");

        group.MapGet("/", async (ReturnPolicyStore store, CancellationToken ct) =>
            (await store.ListAsync(ct)).Select(ReturnPolicyEntryView.From).ToList())
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        group.MapPut("/{scope}/{key}", async (string scope, string key, ReturnPolicyRequest request, ReturnPolicyStore store, HttpContext http, CancellationToken ct) =>
        {
            var parsed = ParseScope(scope);
            new RequestValidation()
                .Require(request.Days is not null ^ request.Exclusion is not null, "days", "Send either days (a no-reason window of 7 or more) or an exclusion.")
                .Text(request.Explanation, "explanation", ReturnPolicyEntry.MaxExplanationLength, required: false)
                .ThrowIfAny();
            var policy = request.Exclusion is { } exclusion ? ReturnPolicy.Excluded(exclusion, request.Explanation) : ReturnPolicy.NoReason(request.Days!.Value);
            var entry = await store.SetAsync(parsed, key, policy, http.User.Identity?.Name ?? "unknown", ct);
            return Results.Ok(ReturnPolicyEntryView.From(entry));
        }).RequireRoles(Roles.Compliance, Roles.Operations);

        group.MapDelete("/{scope}/{key}", async (string scope, string key, ReturnPolicyStore store, CancellationToken ct) =>
            await store.RemoveAsync(ParseScope(scope), key, ct) ? Results.NoContent() : Results.Problem(title: $"No {scope} policy for '{key}'.", statusCode: 404))
            .RequireRoles(Roles.Compliance, Roles.Operations);
    }

    private static ReturnPolicyScope ParseScope(string scope) => scope switch
    {
        "sku" => ReturnPolicyScope.Sku,
        "category" => ReturnPolicyScope.Category,
        _ => throw new RequestValidationException(new Dictionary<string, string[]> { ["scope"] = ["scope is sku or category."] }),
    };
}
