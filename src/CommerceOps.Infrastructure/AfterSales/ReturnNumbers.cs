using System.Security.Cryptography;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>Return numbers like RT20261126-3F9A0C71D2 and appointment numbers like SV…, made like order numbers.</summary>
public static class ReturnNumbers
{
    public static string NextReturn(DateTimeOffset now) => Next("RT", now);

    public static string NextAppointment(DateTimeOffset now) => Next("SV", now);

    private static string Next(string prefix, DateTimeOffset now) =>
        $"{prefix}{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
