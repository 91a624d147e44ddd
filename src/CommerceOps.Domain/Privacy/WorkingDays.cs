namespace CommerceOps.Domain.Privacy;

/// <summary>
/// Working-day arithmetic in China time (UTC+8), weekends only: the statutory holiday calendar and its make-up
/// working Saturdays change every year and are not modelled, so a deadline over a holiday week is early, never late.
/// </summary>
public static class WorkingDays
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The end (23:59:59.999 local) of the <paramref name="days"/>-th working day after the day of <paramref name="from"/>.</summary>
    public static DateTimeOffset DeadlineAfter(DateTimeOffset from, int days)
    {
        var day = DateOnly.FromDateTime(from.ToOffset(ChinaOffset).DateTime);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) counted++;
        }
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), ChinaOffset);
    }
}
