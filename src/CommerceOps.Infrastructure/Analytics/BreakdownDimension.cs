using CommerceOps.Domain.Common;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// What a funnel or the GMV tree can be broken down by. Each name maps to a fixed SQL expression (never user text):
/// on behaviour events and on orders where both sides know the value. See docs/metrics.md.
/// </summary>
public enum BreakdownDimension
{
    Channel,
    Province,
    Category,
    Device,
    VisitorType,
}

public static class BreakdownDimensions
{
    public static readonly IReadOnlyDictionary<string, BreakdownDimension> ByName = new Dictionary<string, BreakdownDimension>(StringComparer.Ordinal)
    {
        ["channel"] = BreakdownDimension.Channel,
        ["province"] = BreakdownDimension.Province,
        ["category"] = BreakdownDimension.Category,
        ["device"] = BreakdownDimension.Device,
        ["visitor_type"] = BreakdownDimension.VisitorType,
    };

    public static string Name(this BreakdownDimension dimension) => ByName.First(p => p.Value == dimension).Key;

    public static BreakdownDimension? Parse(string? name, string field = "by")
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return ByName.TryGetValue(name.Trim(), out var dimension) ? dimension
            : throw new DomainException($"'{name}' is not a breakdown; use one of {string.Join(", ", ByName.Keys)}.", field);
    }
}
