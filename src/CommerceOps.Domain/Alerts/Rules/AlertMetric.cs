using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>What an alert rule watches. Definitions (and which sample guards each): docs/alerts.md.</summary>
public enum AlertMetric
{
    Gmv = 1,
    Visitors = 2,
    Orders = 3,
    Conversion = 4,
    AverageOrderValue = 5,
    RepurchaseRate = 6,
    StepConversion = 7,
}

public static class AlertMetrics
{
    public static readonly IReadOnlyDictionary<string, AlertMetric> ByName = new Dictionary<string, AlertMetric>(StringComparer.Ordinal)
    {
        ["gmv"] = AlertMetric.Gmv,
        ["visitors"] = AlertMetric.Visitors,
        ["orders"] = AlertMetric.Orders,
        ["conversion"] = AlertMetric.Conversion,
        ["aov"] = AlertMetric.AverageOrderValue,
        ["repurchase_rate"] = AlertMetric.RepurchaseRate,
        ["step_conversion"] = AlertMetric.StepConversion,
    };

    /// <summary>The funnel steps a step-conversion rule can watch: the conversion from that step to the next default step.</summary>
    public static readonly IReadOnlyList<string> WatchableSteps = ["home", "list", "product", "cart", "payment"];

    public static string Name(this AlertMetric metric) => ByName.First(p => p.Value == metric).Key;

    /// <summary>Counts add up across breakdown values; the others are ratios of two counts.</summary>
    public static bool IsAdditive(this AlertMetric metric) => metric is AlertMetric.Gmv or AlertMetric.Visitors or AlertMetric.Orders;

    public static AlertMetric Parse(string? name, string field = "metric") =>
        name is not null && ByName.TryGetValue(name.Trim(), out var metric) ? metric
            : throw new DomainException($"'{name}' is not an alert metric; use one of {string.Join(", ", ByName.Keys)}.", field);
}
