namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// When shoppers shop, in Asia/Shanghai time (UTC+8, no daylight saving): more at weekends and on promotion days
/// (6·18, Double 11, Double 12), a gentle growth trend over the window, and a day curve that peaks 20:00–22:00.
/// </summary>
public sealed class DemoCalendar
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    private static readonly double[] HourWeights =
    [
        0.55, 0.3, 0.15, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.0, 1.2, 1.2,
        1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 1.0, 1.3, 1.7, 1.9, 1.6, 1.0,
    ];

    private readonly DateTimeOffset _from;
    private readonly DateTimeOffset _to;
    private readonly WeightedChoice<DateOnly> _days;
    private readonly WeightedChoice<int> _hours;

    /// <summary>The end of the demo window ("now" when it was generated).</summary>
    public DateTimeOffset End => _to;

    public DemoCalendar(DateTimeOffset from, DateTimeOffset to)
    {
        _from = from;
        _to = to;
        var first = DateOnly.FromDateTime(from.ToOffset(ShanghaiOffset).DateTime);
        var last = DateOnly.FromDateTime(to.ToOffset(ShanghaiOffset).DateTime);
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        _days = new WeightedChoice<DateOnly>(Enumerable.Range(0, span + 1).Select(i =>
        {
            var day = first.AddDays(i);
            return (day, WeekdayFactor(day.DayOfWeek) * PromotionFactor(day) * (1.0 + 0.3 * i / span));
        }));
        _hours = new WeightedChoice<int>(HourWeights.Select((w, h) => (h, w)));
    }

    /// <summary>A moment in the window (UTC), drawn from the weekly, promotion and hour-of-day patterns.</summary>
    public DateTimeOffset Sample(DemoRandom random)
    {
        while (true)
        {
            var day = _days.Next(random);
            var hour = _hours.Next(random);
            var local = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, random.Between(0, 59), random.Between(0, 59))), ShanghaiOffset);
            if (local >= _from && local <= _to) return local.ToUniversalTime();
        }
    }

    public static DateTimeOffset ToShanghai(DateTimeOffset utc) => utc.ToOffset(ShanghaiOffset);

    private static double WeekdayFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday => 1.25,
        DayOfWeek.Sunday => 1.2,
        DayOfWeek.Friday => 1.1,
        DayOfWeek.Monday or DayOfWeek.Tuesday => 0.9,
        _ => 1.0,
    };

    private static double PromotionFactor(DateOnly day) => (day.Month, day.Day) switch
    {
        (11, 11) => 3.5,
        (11, 10) or (11, 12) => 1.6,
        (6, 18) => 2.5,
        (12, 12) => 2.0,
        _ => 1.0,
    };
}
