using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Privacy;

/// <summary>
/// One day of the public-holiday calendar the working-day deadlines count with: a holiday, or a weekend day worked
/// instead (调休). The State Council publishes each year's arrangement; compliance enters or corrects it.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxNameLength = 50;

    private CalendarDay() { }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name, string changedBy, DateTimeOffset changedAt)
    {
        Date = date;
        Change(kind, name, changedBy, changedAt);
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    /// <summary>The holiday it belongs to, e.g. 国庆节; for a working day the holiday it makes up for.</summary>
    public string Name { get; private set; } = "";
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    public void Change(CalendarDayKind kind, string name, string changedBy, DateTimeOffset changedAt)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            throw new DomainException($"A calendar day names its holiday in at most {MaxNameLength} characters.", "name");
        // A weekday is a working day anyway; only a Saturday or Sunday can be made one.
        if (kind == CalendarDayKind.WorkingDay && !HolidayCalendar.IsWeekend(Date))
            throw new DomainException($"{Date:yyyy-MM-dd} is a weekday; only a Saturday or Sunday can be an adjusted working day.", "kind");
        Kind = kind;
        Name = name.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }
}
