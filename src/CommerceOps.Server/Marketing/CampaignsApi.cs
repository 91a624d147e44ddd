using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// Triggered campaigns for the marketing team: the guide's templates, create (from a template or a full spec), pause,
/// resume, run now, every send record, and the results against the holdout.
/// </summary>
public static class CampaignsApi
{
    /// <summary>
    /// With <see cref="Template"/>, the template's spec with whatever else is given replacing its parts; without, a full
    /// spec. <see cref="CouponPromotionId"/> and <see cref="At"/> are shortcuts for the action's coupon and the schedule's start.
    /// </summary>
    public sealed record CampaignRequest(
        string? Key, string? Name, string? Template, long? CouponPromotionId, DateTimeOffset? At,
        AudienceSpec? Audience, TriggerSpec? Trigger, ActionSpec? Action, decimal? HoldoutPercent, CapSpec? FrequencyCap, QuietHoursSpec? QuietHours);

    public sealed record CampaignView(long Id, string Key, string Name, string? Template, CampaignStatus Status, CampaignSpec Spec,
        DateTimeOffset CreatedAt, DateTimeOffset EvaluatedUntil, DateTimeOffset? NextRunAt)
    {
        public static CampaignView From(StoredCampaign c) => new(c.Id, c.Key, c.Name, c.Template, c.Status, c.Spec, c.CreatedAt, c.EvaluatedUntil, c.NextRunAt);
    }

    public sealed record FiringView(int Members, IReadOnlyDictionary<string, int> Outcomes);

    public sealed record SendView(string CustomerCode, string Channel, string Outcome, DateTimeOffset DecidedAt, DateTimeOffset? SendAt,
        DateTimeOffset? SentAt, string? ProviderMessageId, string? CouponCode);

    public sealed record SendPage(IReadOnlyList<SendView> Items, int Page, int PageSize, bool HasMore);

    public sealed record ResultsView(long CampaignId, int WindowDays, IReadOnlyDictionary<string, int> Outcomes,
        int Recipients, int RecipientsConverted, decimal RecipientsGmv, int HeldOut, int HeldOutConverted, decimal HeldOutGmv, CampaignUplift? Uplift)
    {
        public static ResultsView From(CampaignResults r) => new(r.CampaignId, r.WindowDays, Wire(r.Outcomes),
            r.Recipients, r.RecipientsConverted, r.RecipientsGmv, r.HeldOut, r.HeldOutConverted, r.HeldOutGmv, r.Uplift);
    }

    public static void MapCampaignsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Campaigns").RequireRoles(Roles.Marketing);

        group.MapGet("/templates", () => CampaignTemplates.All);

        group.MapGet("/", async (CampaignService campaigns, CancellationToken ct) => (await campaigns.ListAsync(ct)).Select(CampaignView.From));

        group.MapGet("/{id:long}", async (long id, CampaignService campaigns, CancellationToken ct) => CampaignView.From(await campaigns.GetAsync(id, ct)));

        group.MapPost("/", async (CampaignRequest request, CampaignService campaigns, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Name, "name", 200).Text(request.Key, "key", 64, required: false).ThrowIfAny();
            var spec = SpecOf(request, time.GetUtcNow());
            var created = await campaigns.CreateAsync(request.Key, request.Name!, request.Template, spec, ct);
            return Results.Created($"/api/v1/campaigns/{created.Id}", CampaignView.From(created));
        });

        group.MapPost("/{id:long}/pause", async (long id, CampaignService campaigns, CancellationToken ct) => CampaignView.From(await campaigns.PauseAsync(id, ct)));

        group.MapPost("/{id:long}/resume", async (long id, CampaignService campaigns, CancellationToken ct) => CampaignView.From(await campaigns.ResumeAsync(id, ct)));

        group.MapPost("/{id:long}/run", async (long id, CampaignRunner runner, CancellationToken ct) =>
        {
            var summary = await runner.RunNowAsync(id, ct);
            return new FiringView(summary.Members, Wire(summary.Outcomes));
        });

        group.MapGet("/{id:long}/sends", async (long id, string? outcome, int? page, int? pageSize, CommerceDbContext db, CampaignService campaigns, CancellationToken ct) =>
        {
            var (p, size) = (page ?? 1, pageSize ?? 100);
            SendOutcome? wanted = outcome is null ? null : Enum.GetValues<SendOutcome>().Cast<SendOutcome?>().FirstOrDefault(o => o!.Value.ToWire() == outcome);
            new RequestValidation()
                .Require(outcome is null || wanted is not null, "outcome", $"outcome is one of {string.Join(", ", Enum.GetValues<SendOutcome>().Select(o => o.ToWire()))}.")
                .Require(p >= 1, "page", "page is 1 or more.").Require(size is >= 1 and <= 1000, "pageSize", "pageSize is 1 to 1000.")
                .ThrowIfAny();
            await campaigns.GetAsync(id, ct);
            var rows = await db.CampaignSends.AsNoTracking().Where(s => s.CampaignId == id && (wanted == null || s.Outcome == wanted))
                .OrderBy(s => s.Id).Skip((p - 1) * size).Take(size + 1).ToListAsync(ct);
            return new SendPage(rows.Take(size).Select(s => new SendView(s.CustomerCode, s.Channel, s.Outcome.ToWire(), s.DecidedAt, s.SendAt, s.SentAt,
                s.ProviderMessageId, s.CouponCode)).ToList(), p, size, rows.Count > size);
        });

        group.MapGet("/{id:long}/results", async (long id, int? windowDays, CampaignService campaigns, CampaignResultsQuery results, CancellationToken ct) =>
        {
            var window = windowDays ?? CampaignResultsQuery.DefaultWindowDays;
            new RequestValidation().Require(window is >= 1 and <= 365, "windowDays", "windowDays is 1 to 365.").ThrowIfAny();
            await campaigns.GetAsync(id, ct);
            return ResultsView.From(await results.ForAsync(id, window, ct));
        });
    }

    private static IReadOnlyDictionary<string, int> Wire(IReadOnlyDictionary<SendOutcome, int> outcomes) =>
        outcomes.OrderBy(o => o.Key).ToDictionary(o => o.Key.ToWire(), o => o.Value);

    /// <summary>The spec a request describes (also used by the console's create form).</summary>
    internal static CampaignSpec SpecOf(CampaignRequest request, DateTimeOffset now)
    {
        CampaignSpec? baseSpec = null;
        if (request.Template is { } key)
            baseSpec = (CampaignTemplates.Find(key) ?? throw new DomainException(
                $"Unknown template '{key}'; one of {string.Join(", ", CampaignTemplates.All.Select(t => t.Key))}.", "template")).Spec;
        var audience = request.Audience ?? baseSpec?.Audience ?? throw Missing("audience");
        var trigger = request.Trigger ?? baseSpec?.Trigger ?? throw Missing("trigger");
        var action = request.Action ?? baseSpec?.Action ?? throw Missing("action");
        if (request.CouponPromotionId is { } coupon) action = action with { CouponPromotionId = coupon };
        if (trigger.Type == TriggerSpec.ScheduleType && trigger.At is null) trigger = trigger with { At = request.At ?? now };
        return new CampaignSpec(audience, trigger, action, request.HoldoutPercent ?? baseSpec?.HoldoutPercent ?? HoldoutGroup.DefaultPercent,
            request.FrequencyCap ?? baseSpec?.FrequencyCap, request.QuietHours ?? baseSpec?.QuietHours);
    }

    private static RequestValidationException Missing(string field) => new(new() { [field] = [$"{field} is required (or a template)."] });
}
