using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;

namespace CommerceOps.Domain.Tests.Logistics;

public sealed class OrderRouterTests
{
    private static readonly Warehouse[] Warehouses =
    [
        new("WH-SH", "上海仓", WarehouseKind.Own, "上海", "上海"),
        new("WH-GZ", "广州仓", WarehouseKind.Own, "广东", "广州"),
        new("WH-BJ", "北京仓", WarehouseKind.Own, "北京", "北京"),
        new("WH-CLOUD-SZ", "深圳云仓", WarehouseKind.SupplierCloud, "广东", "深圳", "华强"),
        new("WH-CLOUD-HZ", "杭州云仓", WarehouseKind.SupplierCloud, "浙江", "杭州", "杭商"),
        new("WH-BONDED-NB", "宁波保税仓", WarehouseKind.Bonded, "浙江", "宁波"),
    ];

    private static string[] Route(RoutingRules rules, bool crossBorder, string province) =>
        [.. OrderRouter.Candidates(rules, Warehouses, crossBorder, province).Select(w => w.Code)];

    [Fact]
    public void Own_warehouses_nearest_first_then_suppliers_nearest_first()
    {
        Assert.Equal(["WH-GZ", "WH-SH", "WH-BJ", "WH-CLOUD-SZ", "WH-CLOUD-HZ"], Route(RoutingRules.Default, false, "广西"));
        Assert.Equal(["WH-BJ", "WH-SH", "WH-GZ", "WH-CLOUD-HZ", "WH-CLOUD-SZ"], Route(RoutingRules.Default, false, "辽宁省"));
    }

    [Fact]
    public void Cross_border_skus_go_to_the_bonded_warehouse_only()
    {
        Assert.Equal(["WH-BONDED-NB"], Route(RoutingRules.Default, true, "北京"));
        Assert.DoesNotContain("WH-BONDED-NB", Route(RoutingRules.Default, false, "浙江"));
    }

    [Fact]
    public void The_rule_set_is_configurable()
    {
        var supplierFirst = RoutingRules.Default with { Steps = [RoutingStep.SupplierWarehouse, RoutingStep.OwnWarehouse], NearestFirst = false };
        Assert.Equal(["WH-CLOUD-HZ", "WH-CLOUD-SZ", "WH-BJ", "WH-GZ", "WH-SH"], Route(supplierFirst, false, "广东"));

        var ownOnly = RoutingRules.Default with { Steps = [RoutingStep.OwnWarehouse] };
        Assert.Equal(["WH-SH", "WH-BJ", "WH-GZ"], Route(ownOnly, false, "江苏"));
    }

    [Fact]
    public void An_unknown_province_sorts_after_known_ones_by_code()
    {
        Assert.Equal(0, Provinces.DistanceKm("广东省", "广东"));
        Assert.True(Provinces.DistanceKm("上海", "江苏") < Provinces.DistanceKm("上海", "北京"));
        Assert.Equal(["WH-BJ", "WH-GZ", "WH-SH"], Route(RoutingRules.Default with { Steps = [RoutingStep.OwnWarehouse] }, false, "Atlantis"));
    }
}
