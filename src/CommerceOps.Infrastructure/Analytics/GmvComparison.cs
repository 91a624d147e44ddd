using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>What the GMV tree compares a period with.</summary>
public enum GmvComparison
{
    /// <summary>The period of the same length just before.</summary>
    PreviousPeriod,

    /// <summary>The same weekdays one week earlier (for a range longer than a week, the whole number of weeks that covers it).</summary>
    SameWeekdayLastWeek,

    /// <summary>The mean of the same weekdays over the past four weeks (the alerts' baseline).</summary>
    SameWeekdayFourWeekMean,
}

public static class GmvComparisons
{
    public static readonly IReadOnlyList<GmvComparison> All = Enum.GetValues<GmvComparison>();

    public static string Name(this GmvComparison comparison) => comparison switch
    {
        GmvComparison.PreviousPeriod => "previous_period",
        GmvComparison.SameWeekdayLastWeek => "same_weekday_last_week",
        _ => "same_weekday_4_week_mean",
    };

    /// <summary>The periods whose mean is the baseline.</summary>
    public static IReadOnlyList<AnalyticsPeriod> BaselinePeriods(this GmvComparison comparison, AnalyticsPeriod period)
    {
        var week = TimeSpan.FromDays(7 * Math.Max(1, Math.Ceiling(period.Length.TotalDays / 7)));
        return comparison switch
        {
            GmvComparison.PreviousPeriod => [period.Before(period.Length)],
            GmvComparison.SameWeekdayLastWeek => [period.Before(week)],
            _ => [.. Enumerable.Range(1, 4).Select(k => period.Before(week * k))],
        };
    }
}
