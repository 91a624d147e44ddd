using CommerceOps.Domain.Analytics;

namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>
/// Today so far and the same stretch of the day on the same weekday of each of the past four weeks (China time): a rule
/// compares 00:00–14:05 today with 00:00–14:05 on the last four Thursdays, never with whole days.
/// </summary>
public sealed record BaselineWindows(AnalyticsPeriod Current, IReadOnlyList<AnalyticsPeriod> Baseline)
{
    public const int Weeks = 4;

    public static BaselineWindows At(DateTimeOffset now)
    {
        var local = now.ToOffset(AnalyticsPeriod.ChinaOffset);
        var todayStart = AnalyticsPeriod.StartOf(DateOnly.FromDateTime(local.DateTime));
        var current = new AnalyticsPeriod(todayStart, now);
        return new BaselineWindows(current, [.. Enumerable.Range(1, Weeks).Select(w => current.Before(TimeSpan.FromDays(7 * w)))]);
    }

    /// <summary>The mean of the days that had a value; null when none had.</summary>
    public static double? Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }
}
