using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Analytics;

/// <summary>
/// A half-open time range [From, To) that metrics are computed over. Dates given by people are calendar days in
/// China Standard Time (UTC+8, no daylight saving), the shops' business day, with the last day included.
/// </summary>
public sealed record AnalyticsPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public TimeSpan Length => To - From;

    /// <summary>From the start of <paramref name="firstDay"/> to the end of <paramref name="lastDay"/>, China time.</summary>
    public static AnalyticsPeriod FromDays(DateOnly firstDay, DateOnly lastDay, string field = "to")
    {
        if (lastDay < firstDay) throw new DomainException($"The last day ({lastDay:yyyy-MM-dd}) is before the first ({firstDay:yyyy-MM-dd}).", field);
        return new AnalyticsPeriod(StartOf(firstDay), StartOf(lastDay.AddDays(1)));
    }

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    /// <summary>The period shifted back by <paramref name="by"/>: the previous period when <c>by</c> is the length.</summary>
    public AnalyticsPeriod Before(TimeSpan by) => new(From - by, To - by);
}
