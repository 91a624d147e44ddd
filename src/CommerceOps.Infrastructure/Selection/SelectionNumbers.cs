using System.Security.Cryptography;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>Numbers like PS20261126-3F9A0C71D2 (pre-sale), DP… (deposit), CP… (candidate product), made like order numbers.</summary>
public static class SelectionNumbers
{
    public static string Next(string prefix, DateTimeOffset now) =>
        $"{prefix}{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
