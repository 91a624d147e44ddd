using System.Globalization;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>Numbers people quote for designs and complaints: a prefix, the day (UTC) and six random hex digits.</summary>
internal static class IpNumbers
{
    public static string Next(string prefix, DateTimeOffset at) =>
        $"{prefix}-{at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
}
