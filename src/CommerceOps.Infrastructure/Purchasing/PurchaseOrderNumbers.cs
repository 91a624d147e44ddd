using System.Security.Cryptography;

namespace CommerceOps.Infrastructure.Purchasing;

/// <summary>Purchase order numbers like PO20261126-3F9A0C71D2, made like order numbers.</summary>
public static class PurchaseOrderNumbers
{
    public static string Next(DateTimeOffset now) =>
        $"PO{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
