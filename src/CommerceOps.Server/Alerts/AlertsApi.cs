using System.Security.Claims;
using System.Text.Json;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Alerts.Webhooks;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Alerts.Webhooks;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Alerts;

/// <summary>
/// The alert inbox (every area's alerts: list, one with its diagnosis, acknowledge, close), the metric alert rules
/// (红黄灯) and their on-demand evaluation, and webhook subscriptions with their delivery log. Semantics: docs/alerts.md.
/// </summary>
public static class AlertsApi
{
    private static readonly string[] InboxUsers =
        [Roles.Operations, Roles.Analyst, Roles.Marketing, Roles.SupplyChain, Roles.Service, Roles.Risk, Roles.Compliance];
    private static readonly string[] RuleEditors = [Roles.Operations, Roles.Analyst];

    public sealed record RuleRequest(
        string? Name, string? Metric, string? Step, string? Kind, string? Direction, double? Yellow, double? Red, double? Clear,
        long? MinimumSample, bool? Enabled);

    public sealed record WebhookRequest(string? Name, string? Url, string? Secret, bool? Active);

    public sealed record AlertView(
        long Id, string Source, string Key, string Level, string Status, string Title, string Detail, string? Link,
        DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, DateTimeOffset? ClosedAt,
        JsonElement? Diagnosis)
    {
        public static AlertView From(Alert a, bool withDiagnosis) => new(a.Id, a.Source, a.Key, Wire(a.Level), Wire(a.Status), a.Title, a.Detail, a.Link,
            a.OpenedAt, a.UpdatedAt, a.AcknowledgedAt, a.AcknowledgedBy, a.ClosedAt,
            withDiagnosis && a.Diagnosis is not null ? JsonSerializer.Deserialize<JsonElement>(a.Diagnosis) : null);
    }

    public sealed record RuleView(
        long Id, string Name, string Metric, string? Step, string Kind, string Direction, double Yellow, double Red, double Clear,
        long MinimumSample, bool Enabled, string? Level, string LastStatus, double? LastValue, double? LastBaseline, long LastSample,
        DateTimeOffset? LastEvaluatedAt)
    {
        public static RuleView From(AlertRule r) => new(r.Id, r.Name, r.Metric.Name(), r.Step, Wire(r.Kind), Wire(r.Direction), r.Yellow, r.Red,
            r.Clear, r.MinimumSample, r.Enabled, r.Level is { } l ? Wire(l) : null, Wire(r.LastStatus), r.LastValue, r.LastBaseline, r.LastSample,
            r.LastEvaluatedAt);
    }

    /// <summary>A subscription as the API shows it: never its secret.</summary>
    public sealed record WebhookView(long Id, string Name, string Url, bool Active, DateTimeOffset CreatedAt)
    {
        public static WebhookView From(WebhookSubscription s) => new(s.Id, s.Name, s.Url, s.Active, s.CreatedAt);
    }

    public sealed record DeliveryView(
        long Id, Guid EventId, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt,
        int? LastStatusCode, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt)
    {
        public static DeliveryView From(WebhookDelivery d) => new(d.Id, d.EventId, d.EventType, Wire(d.Status), d.Attempts, d.CreatedAt,
            d.LastAttemptAt, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.DeliveredAt);
    }

    public static void MapAlertsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/alerts").WithTags("Alerts");

        group.MapGet("/", async (bool? open, string? level, string? source, int? limit, AlertInboxQueries inbox, CancellationToken ct) =>
            (await inbox.ListAsync(open, ParseLevel(level), source, limit ?? 50, ct)).Select(a => AlertView.From(a, withDiagnosis: false)))
            .WithSummary("The inbox, newest first; filters: open (true/false), level (yellow/red), source; limit ≤ 200.")
            .RequireRoles(InboxUsers);
        group.MapGet("/{id:long}", async (long id, AlertInboxQueries inbox, CancellationToken ct) => AlertView.From(await inbox.GetAsync(id, ct), withDiagnosis: true))
            .WithSummary("One alert with its diagnosis (metric alerts: ranked breakdown values and rule checks).")
            .RequireRoles(InboxUsers);
        group.MapPost("/{id:long}/acknowledge", async (long id, ClaimsPrincipal user, AlertInboxQueries inbox, CancellationToken ct) =>
            AlertView.From(await inbox.AcknowledgeAsync(id, user.Identity?.Name ?? "unknown", ct), withDiagnosis: false))
            .WithSummary("Someone is on it.")
            .RequireRoles(InboxUsers);
        group.MapPost("/{id:long}/close", async (long id, AlertInboxQueries inbox, CancellationToken ct) =>
            AlertView.From(await inbox.CloseAsync(id, ct), withDiagnosis: false))
            .WithSummary("Close by hand (a metric rule that is still yellow or red opens a new alert at its next change of level).")
            .RequireRoles(InboxUsers);

        group.MapPost("/check", async (AlertEvaluator evaluator, CancellationToken ct) => await evaluator.EvaluateAsync(ct))
            .WithSummary("Evaluates every enabled rule now (as the schedule does) and returns each rule's state.")
            .RequireRoles(RuleEditors);

        var rules = group.MapGroup("/rules");
        rules.MapGet("/", async (AlertRuleService service, CancellationToken ct) => (await service.ListAsync(ct)).Select(RuleView.From))
            .RequireRoles(InboxUsers);
        rules.MapGet("/{id:long}", async (long id, AlertRuleService service, CancellationToken ct) => RuleView.From(await service.GetAsync(id, ct)))
            .RequireRoles(InboxUsers);
        rules.MapPost("/", async (RuleRequest r, AlertRuleService service, CancellationToken ct) =>
        {
            var rule = await service.CreateAsync(Spec(r), ct);
            return Results.Created($"/api/v1/alerts/rules/{rule.Id}", RuleView.From(rule));
        }).WithSummary("A rule: metric (gmv, visitors, orders, conversion, aov, repurchase_rate, step_conversion + step), absolute or relative thresholds.")
            .RequireRoles(RuleEditors);
        rules.MapPut("/{id:long}", async (long id, RuleRequest r, AlertRuleService service, CancellationToken ct) =>
            RuleView.From(await service.ChangeAsync(id, Spec(r), ct)))
            .RequireRoles(RuleEditors);
        rules.MapDelete("/{id:long}", async (long id, AlertRuleService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequireRoles(RuleEditors);

        var webhooks = group.MapGroup("/webhooks");
        webhooks.MapGet("/", async (WebhookService service, CancellationToken ct) => (await service.ListAsync(ct)).Select(WebhookView.From))
            .RequireRoles(Roles.Operations);
        webhooks.MapPost("/", async (WebhookRequest r, WebhookService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Name, "name", 100).Text(r.Url, "url", 500).Text(r.Secret, "secret", 200).ThrowIfAny();
            var s = await service.CreateAsync(r.Name!, r.Url!, r.Secret!, r.Active ?? true, ct);
            return Results.Created($"/api/v1/alerts/webhooks/{s.Id}", WebhookView.From(s));
        }).WithSummary("Alert notifications POSTed as JSON, signed: X-CommerceOps-Signature: t=UNIX,v1=hex(HMAC-SHA256(secret, t + \".\" + body)).")
            .RequireRoles(Roles.Operations);
        webhooks.MapPut("/{id:long}", async (long id, WebhookRequest r, WebhookService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Name, "name", 100).Text(r.Url, "url", 500).Text(r.Secret, "secret", 200, required: false).ThrowIfAny();
            return WebhookView.From(await service.ChangeAsync(id, r.Name!, r.Url!, r.Secret, r.Active ?? true, ct));
        }).WithSummary("Change a subscription; omit the secret to keep it.")
            .RequireRoles(Roles.Operations);
        webhooks.MapDelete("/{id:long}", async (long id, WebhookService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequireRoles(Roles.Operations);
        webhooks.MapGet("/{id:long}/deliveries", async (long id, int? limit, WebhookService service, CancellationToken ct) =>
            (await service.DeliveriesAsync(id, limit ?? 50, ct)).Select(DeliveryView.From))
            .WithSummary("The delivery log: attempts, last status, next retry.")
            .RequireRoles(Roles.Operations);
    }

    private static AlertRuleSpec Spec(RuleRequest r)
    {
        var v = new RequestValidation().Text(r.Name, "name", AlertRule.MaxNameLength).Text(r.Metric, "metric", 32)
            .Require(r.Yellow is not null, "yellow", "yellow is required.")
            .Require(r.Red is not null, "red", "red is required.")
            .Require(r.MinimumSample is not null, "minimumSample", "minimumSample is required.");
        v.ThrowIfAny();
        return new AlertRuleSpec(r.Name!, AlertMetrics.Parse(r.Metric), string.IsNullOrWhiteSpace(r.Step) ? null : r.Step.Trim(),
            ParseEnum<ThresholdKind>(r.Kind ?? "absolute", "kind"), ParseEnum<AlertDirection>(r.Direction ?? "drop", "direction"),
            r.Yellow!.Value, r.Red!.Value, r.Clear ?? r.Yellow.Value, r.MinimumSample!.Value, r.Enabled ?? true);
    }

    private static AlertLevel? ParseLevel(string? level) =>
        level is null ? null : ParseEnum<AlertLevel>(level, "level");

    private static T ParseEnum<T>(string value, string field) where T : struct, Enum =>
        Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new DomainException($"'{value}' is not a {field}; use one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.", field);

    private static string Wire<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
