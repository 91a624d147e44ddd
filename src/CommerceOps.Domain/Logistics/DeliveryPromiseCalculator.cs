namespace CommerceOps.Domain.Logistics;

/// <summary>
/// Computes the delivery promise of an order from where it ships, where it goes and when it was placed:
/// <list type="number">
/// <item>Ship day: the order day if the order is placed before the warehouse's cut-off and the warehouse dispatches
/// that day; else the next dispatch day. <c>ShipBy</c> is the cut-off on the ship day.</item>
/// <item>Service level: remote destination province, else same city, else same province, else cross-province.</item>
/// <item>Same city, placed before the same-day cut-off and shipped that day: delivered that afternoon's window.
/// Otherwise delivered on ship day + transit days (carriers deliver every day), by the end of that day.</item>
/// </list>
/// An order shipped from several warehouses is promised the latest of their promises.
/// </summary>
public static class DeliveryPromiseCalculator
{
    public static DeliveryPromise Promise(DeliveryPromiseRules rules, DateTimeOffset orderedAt, WarehouseSite origin, string destinationProvince, string destinationCity)
    {
        var local = orderedAt.ToOffset(DeliveryPromiseRules.ChinaOffset);
        var orderDay = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var cutOff = rules.CutOffFor(origin.Code);

        var shipDay = time < cutOff && rules.Dispatches(orderDay) ? orderDay : NextDispatchDay(rules, orderDay);
        var level = Level(rules, origin, destinationProvince, destinationCity);
        var shipBy = At(shipDay, cutOff);

        if (level == ServiceLevel.SameCity && shipDay == orderDay && time < rules.SameDayCutOff && rules.SameDayCutOff <= cutOff)
            return new DeliveryPromise(level, origin.Code, shipBy, At(orderDay, rules.SameDayWindowStart), At(orderDay, rules.SameDayWindowEnd), SameDay: true);

        var deliveryDay = shipDay.AddDays(rules.TransitDays[level]);
        return new DeliveryPromise(level, origin.Code, shipBy, At(deliveryDay, TimeOnly.MinValue), At(deliveryDay.AddDays(1), TimeOnly.MinValue), SameDay: false);
    }

    /// <summary>The promise of an order whose lines ship from several warehouses: the one that arrives last.</summary>
    public static DeliveryPromise Promise(DeliveryPromiseRules rules, DateTimeOffset orderedAt, IEnumerable<WarehouseSite> origins, string destinationProvince, string destinationCity)
    {
        DeliveryPromise? latest = null;
        foreach (var origin in origins)
        {
            var promise = Promise(rules, orderedAt, origin, destinationProvince, destinationCity);
            if (latest is null || promise.DeliverBy > latest.DeliverBy) latest = promise;
        }
        return latest ?? throw new ArgumentException("An order ships from at least one warehouse.", nameof(origins));
    }

    public static ServiceLevel Level(DeliveryPromiseRules rules, WarehouseSite origin, string destinationProvince, string destinationCity)
    {
        var to = Provinces.ShortName(destinationProvince);
        if (rules.RemoteProvinces.Contains(to)) return ServiceLevel.Remote;
        if (to != Provinces.ShortName(origin.Province)) return ServiceLevel.CrossProvince;
        return CityName(destinationCity) == CityName(origin.City) ? ServiceLevel.SameCity : ServiceLevel.SameProvince;
    }

    private static DateOnly NextDispatchDay(DeliveryPromiseRules rules, DateOnly after)
    {
        var day = after.AddDays(1);
        for (var i = 0; i < 366 && !rules.Dispatches(day); i++) day = day.AddDays(1);
        return day;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), DeliveryPromiseRules.ChinaOffset);

    private static string CityName(string city) => city.Trim().TrimEnd('市');
}
