using System.Security.Cryptography;

namespace CommerceOps.Infrastructure.Ordering;

/// <summary>Order numbers like SO20261126-3F9A0C71D2: the day for people, 40 random bits so instances never coordinate.</summary>
public static class OrderNumbers
{
    public static string Next(DateTimeOffset now) =>
        $"SO{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
