using CommerceOps.Domain.Common;
using CommerceOps.Domain.Selection;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>
/// The demand report's period: <see cref="Days"/> whole China-time days ending with <see cref="To"/> (included).
/// "This week" is the last 7 of them, "last week" the 7 before (read even when the period is shorter).
/// </summary>
public sealed record DemandRequest(DateOnly To, int Days, DemandThresholds Thresholds)
{
    public const int DefaultDays = 28;
    public const int MaxDays = 366;
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DemandRequest For(DateOnly to, int? days, int? fewResults, int? minSearches)
    {
        var d = days ?? DefaultDays;
        if (d is < 1 or > MaxDays) throw new DomainException($"days is between 1 and {MaxDays}.", "days");
        return new DemandRequest(to, d, new DemandThresholds(fewResults ?? DemandThresholds.Default.FewResults,
            minSearches ?? DemandThresholds.Default.MinRisingSearches));
    }

    /// <summary>Today in China time: the default end of the period.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset);
    public DateTimeOffset Start => End.AddDays(-Days);
    public DateTimeOffset ThisWeekStart => End.AddDays(-7);
    public DateTimeOffset LastWeekStart => End.AddDays(-14);
}
