using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// A China-time calendar day as an integer (days since 1970-01-01, UTC+8, no daylight saving): the key of the daily
/// rollups, the same in SQL and in C#.
/// </summary>
public static class ChinaDay
{
    private const long MicrosPerDay = 86_400_000_000;
    private static readonly long OffsetMicros = (long)AnalyticsPeriod.ChinaOffset.TotalMicroseconds;

    /// <summary>The day number of a TIMESTAMPTZ column, in SQL.</summary>
    public static string Of(string column) => $"CAST((epoch_us({column}) + {OffsetMicros}) // {MicrosPerDay} AS INTEGER)";

    public static int Of(DateTimeOffset at) => (int)Math.Floor((AnalyticsCommand.Micros(at) + OffsetMicros) / (double)MicrosPerDay);

    public static DateOnly DateOf(int day) => DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + day);

    public static DateTimeOffset StartOf(int day) => DateTimeOffset.UnixEpoch.AddTicks((day * MicrosPerDay - OffsetMicros) * TimeSpan.TicksPerMicrosecond);

    /// <summary>Whether <paramref name="at"/> is a China midnight.</summary>
    public static bool IsStart(DateTimeOffset at) => StartOf(Of(at)) == at;
}
