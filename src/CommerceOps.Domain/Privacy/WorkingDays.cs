namespace CommerceOps.Domain.Privacy;

/// <summary>
/// Working-day arithmetic in China time (UTC+8) over a <see cref="HolidayCalendar"/>: public holidays are skipped and
/// adjusted working weekend days (调休) count.
/// </summary>
public static class WorkingDays
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The day in China of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    /// <summary>The end (23:59:59.999 local) of the <paramref name="days"/>-th working day after the day of <paramref name="from"/>.</summary>
    public static DateTimeOffset DeadlineAfter(DateTimeOffset from, int days, HolidayCalendar calendar)
    {
        var day = ChinaDate(from);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), ChinaOffset);
    }
}
