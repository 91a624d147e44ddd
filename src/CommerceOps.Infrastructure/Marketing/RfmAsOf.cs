using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// "As of D": the data strictly before D 00:00 in the shop's time zone. Recency is counted to that instant.
/// </summary>
public sealed record RfmAsOf(DateOnly Date, TimeZoneInfo TimeZone)
{
    public static RfmAsOf Utc(DateOnly date) => new(date, TimeZoneInfo.Utc);

    public DateTimeOffset Cutoff
    {
        get
        {
            var midnight = Date.ToDateTime(TimeOnly.MinValue);
            // Where a clock change skips midnight, the day starts at the first minute that exists.
            while (TimeZone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(1);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, TimeZone));
        }
    }

    /// <summary>The cutoff as whole Unix seconds: how the SQL receives it, independent of DuckDB's session time zone.</summary>
    public long CutoffUnixSeconds => Cutoff.ToUnixTimeSeconds();

    /// <summary>An IANA or Windows time-zone id, or a field error naming <paramref name="field"/>.</summary>
    public static TimeZoneInfo ParseTimeZone(string? id, string field)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new DomainException($"'{id}' is not a time zone (use an IANA id such as Asia/Shanghai).", field);
        }
    }
}
