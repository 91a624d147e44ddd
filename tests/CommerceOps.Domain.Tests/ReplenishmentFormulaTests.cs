using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Domain.Tests;

public sealed class ReplenishmentFormulaTests
{
    [Fact]
    public void The_EOQ_of_the_issue_is_exact() =>
        Assert.Equal(304.0467800264368, EconomicOrderQuantity.Of(orderCost: 8, holdingCostPerUnit: 0.225, demand: 1300));

    [Fact]
    public void Safety_stock_combines_demand_and_lead_time_variation()
    {
        // d = 10/day, σd = 3, L = 4 days, σL = 1: √(4·9 + 100·1) = √136.
        var demand = new DemandRate(10, 3);
        var lead = new LeadTime(4, 1);

        Assert.Equal(2 * Math.Sqrt(136), SafetyStock.Units(2, demand, lead), 12);
        Assert.Equal(40 + 2 * Math.Sqrt(136), SafetyStock.ReorderPoint(2, demand, lead), 12);
        Assert.Equal(0, SafetyStock.Units(2, new DemandRate(0, 0), lead));
    }

    [Theory]
    [InlineData(0.98, 2.0537489106318225)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.01, -2.3263478740408408)]
    public void Service_levels_map_to_the_normal_quantile(double p, double z) =>
        Assert.Equal(z, StandardNormal.InverseCdf(p), 8);

    [Theory]
    [InlineData(0, 10, 6, 0)]
    [InlineData(-3, 10, 6, 0)]
    [InlineData(1, 10, 6, 12)]   // MOQ 10, then whole packs of 6
    [InlineData(13.2, 10, 6, 18)]
    [InlineData(18, 10, 6, 18)]
    [InlineData(7, 1, 1, 7)]
    public void Order_quantities_honour_MOQ_and_pack_multiples(double needed, int moq, int pack, int expected) =>
        Assert.Equal(expected, new SupplyTerms(moq, pack).Orderable(needed));

    [Fact]
    public void Class_A_below_its_reorder_point_orders_up_to_its_level_in_whole_packs()
    {
        var planner = new ReplenishmentPlanner(ClassPolicies.Default with { ReviewPeriodDays = 7 });
        var input = new ReplenishmentInput(AbcClass.A, new StockPosition(OnHand: 30, Reserved: 5, InTransit: 0),
            new DemandRate(10, 3), new LeadTime(4, 1), new SupplyTerms(50, 12), UnitsSold: 900, UnitValue: null);

        var s = planner.Plan(input);

        var z = StandardNormal.InverseCdf(0.98);
        Assert.Equal(z * Math.Sqrt(136), s.SafetyStock, 12);
        Assert.Equal(40 + s.SafetyStock, s.ReorderPoint, 12);
        Assert.Equal(110 + s.SafetyStock, s.OrderUpTo, 12);
        Assert.Equal(2.5, s.DaysOfCover);
        // needed = 110 + 23.95 − 25 = 108.95 → 109 → 10 packs of 12 = 120.
        Assert.Equal(120, s.SuggestedQuantity);
        Assert.StartsWith("A (98% service): position 25 at or below reorder point 63.95", s.Why);
    }

    [Fact]
    public void Stock_above_the_reorder_point_orders_nothing_and_slow_C_stock_is_offered_for_clearance()
    {
        var planner = new ReplenishmentPlanner(ClassPolicies.Default);
        var input = new ReplenishmentInput(AbcClass.C, new StockPosition(500, 0, 0), new DemandRate(1, 1), new LeadTime(10, 2),
            SupplyTerms.None, UnitsSold: 90, UnitValue: 20m);

        var s = planner.Plan(input);

        Assert.Equal(0, s.SuggestedQuantity);
        Assert.Equal(0, s.SafetyStock);
        Assert.True(s.ClearanceCandidate);
        Assert.Contains("clearance or bundle candidate: sell-through 15%, 500 days of cover", s.Why);
    }

    [Fact]
    public void B_counts_open_pre_sale_orders_as_demand()
    {
        var planner = new ReplenishmentPlanner(ClassPolicies.Default);
        var withoutPreSale = new ReplenishmentInput(AbcClass.B, new StockPosition(100, 0, 0), new DemandRate(2, 1), new LeadTime(5, 1),
            SupplyTerms.None, UnitsSold: 180, UnitValue: null);

        Assert.Equal(0, planner.Plan(withoutPreSale).SuggestedQuantity);
        Assert.True(planner.Plan(withoutPreSale with { PreSaleUnits = 95 }).SuggestedQuantity > 0);
    }

    [Fact]
    public void The_reasons_name_the_EOQ_the_pre_sale_units_and_the_MOQ_rounding()
    {
        // d = 2, L = 5 ± 0: no safety stock, reorder point 10, order-up-to 2·(5 + 7) = 24; position 10 − 5 on pre-sale = 5.
        // EOQ √(2·50·730 / (0.25·20)) = 120.83 exceeds 24 − 5, and the MOQ of 200 exceeds the EOQ.
        var planner = new ReplenishmentPlanner(ClassPolicies.Default);
        var input = new ReplenishmentInput(AbcClass.B, new StockPosition(10, 0, 0), new DemandRate(2, 0), new LeadTime(5, 0),
            new SupplyTerms(200, 1), UnitsSold: 180, UnitValue: 20m, PreSaleUnits: 5);

        var s = planner.Plan(input);

        Assert.Equal(200, s.SuggestedQuantity);
        Assert.Equal("B (95% service): position 5 at or below reorder point 10: order up to 24, EOQ 120.83, 5 on pre-sale, rounded to MOQ 200 / pack 1", s.Why);
    }

    [Fact]
    public void Stock_without_demand_orders_nothing_and_says_so()
    {
        var planner = new ReplenishmentPlanner(ClassPolicies.Default);
        var input = new ReplenishmentInput(AbcClass.C, new StockPosition(5, 0, 0), new DemandRate(0, 0), new LeadTime(10, 2),
            SupplyTerms.None, UnitsSold: 0, UnitValue: 20m);

        var s = planner.Plan(input);

        Assert.Equal(0, s.SuggestedQuantity);
        Assert.Equal("C (50% service): no demand in the window; clearance or bundle candidate: sell-through 0%, no recent demand", s.Why);
    }
}
