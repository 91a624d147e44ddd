using System.Globalization;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// A campaign as the marketing team writes it (API, templates, store): plain values that <see cref="ToCampaign"/>
/// checks and turns into the domain's <see cref="Campaign"/>. Quiet hours are local to <see cref="ShopTimeZone"/>.
/// </summary>
public sealed record CampaignSpec(
    AudienceSpec Audience, TriggerSpec Trigger, ActionSpec Action,
    decimal HoldoutPercent = HoldoutGroup.DefaultPercent, CapSpec? FrequencyCap = null, QuietHoursSpec? QuietHours = null)
{
    public const string ShopTimeZoneId = "Asia/Shanghai";
    public static readonly CapSpec DefaultCap = new(2, 7);
    public static TimeZoneInfo ShopTimeZone => TimeZoneInfo.FindSystemTimeZoneById(ShopTimeZoneId);

    public Campaign ToCampaign(string key, string name)
    {
        var cap = FrequencyCap ?? DefaultCap;
        if (cap.WindowDays is < 1 or > 365) throw new DomainException("The frequency window is 1 to 365 days.", "frequencyCap.windowDays");
        return new Campaign(key, name, Audience.ToAudience(), Trigger.ToTrigger(), Action.ToAction(),
            new ContactRules(Action.Channel, new HoldoutGroup(key, HoldoutPercent), new Campaigns.FrequencyCap(cap.MaxSends, TimeSpan.FromDays(cap.WindowDays)),
                QuietHours?.ToQuietHours()));
    }
}

/// <summary><see cref="Kind"/>: <c>segment</c> or <c>stage</c> (with <see cref="Key"/>), or <c>rule</c> (with the bounds).</summary>
public sealed record AudienceSpec(string Kind, string? Key = null, int? MinRecencyDays = null, int? MaxRecencyDays = null, int? MinFrequency = null, decimal? MinMonetary = null)
{
    public CampaignAudience ToAudience() => Kind switch
    {
        "segment" => CampaignAudience.OfSegment(Key ?? ""),
        "stage" => CampaignAudience.OfStage(Key ?? ""),
        "rule" => CampaignAudience.OfRule(MinRecencyDays, MaxRecencyDays, MinFrequency, MinMonetary),
        _ => throw new DomainException("audience.kind is segment, stage or rule.", "audience.kind"),
    };
}

/// <summary><see cref="Type"/>: <c>schedule</c> (<see cref="At"/>, optional <see cref="EveryHours"/>), <c>price_drop</c>, <c>restock</c>, <c>first_visit</c>, <c>days_since_last_order</c> (<see cref="Days"/>).</summary>
public sealed record TriggerSpec(string Type, DateTimeOffset? At = null, int? EveryHours = null, int? Days = null)
{
    public const string ScheduleType = "schedule";
    public const string PriceDropType = "price_drop";
    public const string RestockType = "restock";
    public const string FirstVisitType = "first_visit";
    public const string DaysSinceLastOrderType = "days_since_last_order";

    public CampaignTrigger ToTrigger() => Type switch
    {
        ScheduleType => CampaignTrigger.Scheduled(At ?? throw new DomainException("A schedule needs trigger.at.", "trigger.at"),
            EveryHours is { } h ? TimeSpan.FromHours(h) : null),
        PriceDropType => new CampaignTrigger.PriceDrop(),
        RestockType => new CampaignTrigger.Restock(),
        FirstVisitType => new CampaignTrigger.FirstVisit(),
        DaysSinceLastOrderType => CampaignTrigger.AfterDaysWithoutOrder(Days ?? 0),
        _ => throw new DomainException("trigger.type is schedule, price_drop, restock, first_visit or days_since_last_order.", "trigger.type"),
    };
}

/// <summary>A message on a channel; with <see cref="CouponPromotionId"/> each recipient is issued a personal code valid <see cref="CouponValidDays"/> days.</summary>
public sealed record ActionSpec(string Channel, string Message, long? CouponPromotionId = null, int? CouponValidDays = null)
{
    public const int DefaultCouponValidDays = 7;

    public CampaignAction ToAction()
    {
        if (CouponValidDays is < 1 or > 365) throw new DomainException("A coupon is valid 1 to 365 days.", "action.couponValidDays");
        return new CampaignAction(Channel, Message, CouponPromotionId);
    }
}

/// <summary>At most <see cref="MaxSends"/> campaign messages per customer on the channel within <see cref="WindowDays"/> days.</summary>
public sealed record CapSpec(int MaxSends, int WindowDays);

/// <summary>Local times "HH:mm" in the shop's time zone; may wrap midnight (21:00–08:00).</summary>
public sealed record QuietHoursSpec(string Start, string End)
{
    public QuietHours ToQuietHours() => new(Parse(Start, "quietHours.start"), Parse(End, "quietHours.end"), CampaignSpec.ShopTimeZone);

    private static TimeOnly Parse(string value, string field) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw new DomainException("Quiet hours are local times HH:mm.", field);
}
