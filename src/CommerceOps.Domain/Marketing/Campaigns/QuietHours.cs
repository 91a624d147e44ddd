using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// Local hours in which no message goes out (e.g. 21:00–08:00); a window may wrap past midnight. Sends that fall in
/// it wait until it ends.
/// </summary>
public sealed record QuietHours
{
    public QuietHours(TimeOnly start, TimeOnly end, TimeZoneInfo timeZone)
    {
        if (start == end) throw new DomainException("Quiet hours start and end at different times.", "quietHours");
        (Start, End, TimeZone) = (start, end, timeZone);
    }

    public TimeOnly Start { get; }
    public TimeOnly End { get; }
    public TimeZoneInfo TimeZone { get; }

    public bool Contains(DateTimeOffset instant)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> outside the quiet hours.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (!Contains(instant)) return instant;
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        var endToday = local.Date + End.ToTimeSpan();
        var end = endToday > local.DateTime ? endToday : endToday.AddDays(1);
        return new DateTimeOffset(end, TimeZone.GetUtcOffset(end));
    }
}
