using CommerceOps.Domain.Logistics;

namespace CommerceOps.Domain.Tests.Logistics;

public sealed class DeliveryPromiseTests
{
    private static readonly DeliveryPromiseRules Rules = new();
    private static readonly WarehouseSite Shanghai = new("WH-SH", "上海", "上海");
    private static readonly WarehouseSite Guangzhou = new("WH-GZ", "广东", "广州");

    // 2026-11-26 is a Thursday; times are China time.
    private static DateTimeOffset China(int day, int hour, int minute = 0, int second = 0) => new(2026, 11, day, hour, minute, second, TimeSpan.FromHours(8));

    [Fact]
    public void Same_city_before_eleven_is_delivered_this_afternoon()
    {
        var p = DeliveryPromiseCalculator.Promise(Rules, China(26, 10, 59, 59), Shanghai, "上海市", "上海市");

        Assert.Equal(ServiceLevel.SameCity, p.Level);
        Assert.True(p.SameDay);
        Assert.Equal(China(26, 16), p.ShipBy);
        Assert.Equal(China(26, 14), p.DeliverFrom);
        Assert.Equal(China(26, 18), p.DeliverBy);
        Assert.Equal("今天下午 14:00–18:00 送达", p.TextZh(China(26, 10, 59, 59)));
    }

    [Fact]
    public void Same_city_at_eleven_sharp_is_next_day()
    {
        var p = DeliveryPromiseCalculator.Promise(Rules, China(26, 11), Shanghai, "上海", "上海");

        Assert.False(p.SameDay);
        Assert.Equal(China(26, 16), p.ShipBy); // still leaves today
        Assert.Equal(China(27, 0), p.DeliverFrom);
        Assert.Equal(China(28, 0), p.DeliverBy); // kept by any delivery before the end of the 27th
        Assert.StartsWith("预计明天", p.TextZh(China(26, 11)));
    }

    [Fact]
    public void The_cut_off_is_compared_in_china_time_not_utc()
    {
        // 07:59:59 UTC is 15:59:59 in Shanghai: before the 16:00 cut-off. 08:00 UTC is at the cut-off: ships tomorrow.
        var before = DeliveryPromiseCalculator.Promise(Rules, new DateTimeOffset(2026, 11, 26, 7, 59, 59, TimeSpan.Zero), Shanghai, "浙江", "杭州");
        var at = DeliveryPromiseCalculator.Promise(Rules, new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), Shanghai, "浙江", "杭州");

        Assert.Equal(ServiceLevel.CrossProvince, before.Level);
        Assert.Equal(China(26, 16), before.ShipBy);
        Assert.Equal(China(28, 0), before.DeliverFrom);
        Assert.Equal(China(27, 16), at.ShipBy);
        Assert.Equal(China(29, 0), at.DeliverFrom);
    }

    [Fact]
    public void An_order_after_midnight_utc_belongs_to_the_china_day()
    {
        // 2026-11-25 17:30 UTC is 01:30 on the 26th in Shanghai: ships on the 26th.
        var p = DeliveryPromiseCalculator.Promise(Rules, new DateTimeOffset(2026, 11, 25, 17, 30, 0, TimeSpan.Zero), Guangzhou, "广东省", "深圳市");

        Assert.Equal(ServiceLevel.SameProvince, p.Level);
        Assert.Equal(China(26, 16), p.ShipBy);
        Assert.Equal(China(27, 0), p.DeliverFrom);
    }

    [Fact]
    public void Remote_provinces_take_longer_whatever_the_origin()
    {
        var p = DeliveryPromiseCalculator.Promise(Rules, China(26, 9), Shanghai, "新疆维吾尔自治区", "乌鲁木齐");

        Assert.Equal(ServiceLevel.Remote, p.Level);
        Assert.Equal(China(30, 0), p.DeliverFrom);
    }

    [Fact]
    public void Without_weekend_dispatch_a_friday_evening_order_ships_on_monday()
    {
        var weekdays = Rules with { DispatchOnWeekends = false };
        var friday = China(27, 17); // after the cut-off
        var p = DeliveryPromiseCalculator.Promise(weekdays, friday, Shanghai, "上海", "上海");

        Assert.Equal(China(30, 16), p.ShipBy); // Monday 30 November
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), p.DeliverFrom);
        // A Saturday-morning same-city order is not same-day either: nothing leaves on Saturday.
        Assert.False(DeliveryPromiseCalculator.Promise(weekdays, China(28, 9), Shanghai, "上海", "上海").SameDay);
    }

    [Fact]
    public void Closed_days_and_warehouse_cut_offs_are_honoured()
    {
        var rules = Rules with
        {
            ClosedDays = new HashSet<DateOnly> { new(2026, 11, 27) },
            WarehouseCutOffs = new Dictionary<string, TimeOnly> { ["WH-GZ"] = new(12, 0) },
        };
        var p = DeliveryPromiseCalculator.Promise(rules, China(26, 12, 30), Guangzhou, "广东", "广州");

        Assert.Equal(China(28, 12), p.ShipBy); // past the 12:00 cut-off, the 27th closed
        Assert.Equal(China(29, 0), p.DeliverFrom);
    }

    [Fact]
    public void An_order_from_two_warehouses_gets_the_later_promise()
    {
        var p = DeliveryPromiseCalculator.Promise(Rules, China(26, 10), [Shanghai, Guangzhou], "上海", "上海");

        Assert.Equal("WH-GZ", p.WarehouseCode);
        Assert.Equal(ServiceLevel.CrossProvince, p.Level);
    }
}
