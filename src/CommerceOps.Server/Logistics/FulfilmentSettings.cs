using System.Globalization;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;

namespace CommerceOps.Server.Logistics;

/// <summary>
/// Reads the <c>Fulfilment</c> configuration section (appsettings.json or <c>Fulfilment__…</c> environment variables):
/// cut-offs, transit days, remote provinces, dispatch days, the routing rule set and the holding-cost rate. Anything
/// not set keeps the documented default (docs/supply-chain.md).
/// </summary>
public sealed record FulfilmentSettings(DeliveryPromiseRules Promises, RoutingRules Routing, decimal HoldingCostRate)
{
    public static FulfilmentSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Fulfilment");
        var promises = new DeliveryPromiseRules();
        if (section["CutOff"] is { } cutOff) promises = promises with { DefaultCutOff = Time(cutOff, "CutOff") };
        if (section["SameDayCutOff"] is { } sameDay) promises = promises with { SameDayCutOff = Time(sameDay, "SameDayCutOff") };
        var cutOffs = section.GetSection("WarehouseCutOffs").GetChildren().ToDictionary(c => c.Key, c => Time(c.Value ?? "", $"WarehouseCutOffs:{c.Key}"), StringComparer.Ordinal);
        if (cutOffs.Count > 0) promises = promises with { WarehouseCutOffs = cutOffs };
        var transit = section.GetSection("TransitDays").GetChildren().ToList();
        if (transit.Count > 0)
        {
            var days = new Dictionary<ServiceLevel, int>(promises.TransitDays);
            foreach (var level in transit)
                days[Enum.Parse<ServiceLevel>(level.Key, ignoreCase: true)] = int.Parse(level.Value ?? "", CultureInfo.InvariantCulture);
            promises = promises with { TransitDays = days };
        }
        if (section.GetSection("RemoteProvinces").Get<string[]>() is { Length: > 0 } remote)
            promises = promises with { RemoteProvinces = remote.Select(Provinces.ShortName).ToHashSet(StringComparer.Ordinal) };
        if (section.GetValue<bool?>("DispatchOnWeekends") is { } weekends) promises = promises with { DispatchOnWeekends = weekends };
        if (section.GetSection("ClosedDays").Get<string[]>() is { Length: > 0 } closed)
            promises = promises with { ClosedDays = closed.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet() };

        var routing = RoutingRules.Default;
        var routingSection = section.GetSection("Routing");
        if (routingSection.GetSection("Steps").Get<string[]>() is { Length: > 0 } steps)
            routing = routing with { Steps = steps.Select(s => Enum.Parse<RoutingStep>(s, ignoreCase: true)).ToList() };
        if (routingSection.GetValue<bool?>("NearestFirst") is { } nearest) routing = routing with { NearestFirst = nearest };
        if (routingSection.GetValue<bool?>("CrossBorderToBonded") is { } bonded) routing = routing with { CrossBorderToBonded = bonded };

        var rate = section.GetValue<decimal?>("HoldingCostRate") ?? Infrastructure.Purchasing.VirtualInventoryReport.DefaultHoldingCostRate;
        return new FulfilmentSettings(promises, routing, rate);
    }

    private static TimeOnly Time(string text, string key) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidOperationException($"Fulfilment:{key} must be a time like 16:00, not '{text}'.");
}
