using System.Globalization;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Analytics;

/// <summary>A funnel's conversion window written as a whole number and a unit: <c>30m</c>, <c>24h</c>, <c>7d</c>.</summary>
public static class ConversionWindow
{
    public static readonly TimeSpan Default = TimeSpan.FromHours(24);

    public static TimeSpan Parse(string text, string field = "window")
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2
            && long.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && amount > 0)
        {
            var window = trimmed[^1] switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.Zero,
            };
            if (window > TimeSpan.Zero && window <= TimeSpan.FromDays(366)) return window;
        }
        throw new DomainException($"'{text}' is not a conversion window: write a whole number and m, h or d (e.g. 30m, 24h, 7d), at most 366d.", field);
    }
}
