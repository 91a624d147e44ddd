using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommerceOps.Infrastructure.Alerts.Webhooks;

/// <summary>
/// The signature header of a webhook delivery: <c>X-CommerceOps-Signature: t=UNIX_SECONDS,v1=HEX</c>, where HEX is the
/// lowercase hex HMAC-SHA256, keyed with the subscription's secret (UTF-8), of <c>UNIX_SECONDS + "." + body</c>.
/// Receivers recompute it over the raw body, compare in constant time, and reject old timestamps (replays).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CommerceOps-Signature";
    public const string EventIdHeader = "X-CommerceOps-Event-Id";
    public const string EventTypeHeader = "X-CommerceOps-Event";

    public static string Create(string secret, long timestamp, string body)
    {
        var stamp = timestamp.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stamp + "." + body));
        return $"t={stamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>What a receiver does: parse, recompute, compare in constant time, and refuse a timestamp outside the tolerance.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds) return false;
        var expected = Create(secret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes($"t={t},v1={v1}"));
    }
}
