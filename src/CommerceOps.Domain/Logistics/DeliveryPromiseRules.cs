namespace CommerceOps.Domain.Logistics;

/// <summary>
/// The rules a delivery promise is computed from. Times are China time (UTC+8; China keeps no daylight saving).
/// Defaults: parcels handed over by 16:00 leave the same day; same-city orders before 11:00 arrive that afternoon
/// (14:00–18:00); otherwise 1 day in the same city or province, 2 across provinces, 4 to remote provinces.
/// </summary>
public sealed record DeliveryPromiseRules
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Orders placed before this time leave the warehouse the same day (unless the warehouse has its own cut-off).</summary>
    public TimeOnly DefaultCutOff { get; init; } = new(16, 0);

    /// <summary>Cut-off per warehouse code, for warehouses that hand over earlier or later than <see cref="DefaultCutOff"/>.</summary>
    public IReadOnlyDictionary<string, TimeOnly> WarehouseCutOffs { get; init; } = new Dictionary<string, TimeOnly>();

    /// <summary>Same-city orders placed before this time (and shipped that day) are delivered the same afternoon.</summary>
    public TimeOnly SameDayCutOff { get; init; } = new(11, 0);

    public TimeOnly SameDayWindowStart { get; init; } = new(14, 0);

    public TimeOnly SameDayWindowEnd { get; init; } = new(18, 0);

    /// <summary>Carrier transit days after the ship day, per service level.</summary>
    public IReadOnlyDictionary<ServiceLevel, int> TransitDays { get; init; } = new Dictionary<ServiceLevel, int>
    {
        [ServiceLevel.SameCity] = 1,
        [ServiceLevel.SameProvince] = 1,
        [ServiceLevel.CrossProvince] = 2,
        [ServiceLevel.Remote] = 4,
    };

    /// <summary>Provinces carriers treat as remote (偏远地区), by their short name.</summary>
    public IReadOnlySet<string> RemoteProvinces { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "新疆", "西藏", "青海", "内蒙古", "宁夏", "甘肃" };

    /// <summary>Whether warehouses hand parcels over on Saturdays and Sundays (most Chinese warehouses do).</summary>
    public bool DispatchOnWeekends { get; init; } = true;

    /// <summary>Days no warehouse dispatches (e.g. Spring Festival), China-time dates.</summary>
    public IReadOnlySet<DateOnly> ClosedDays { get; init; } = new HashSet<DateOnly>();

    public TimeOnly CutOffFor(string warehouseCode) => WarehouseCutOffs.TryGetValue(warehouseCode, out var cutOff) ? cutOff : DefaultCutOff;

    public bool Dispatches(DateOnly day) =>
        !ClosedDays.Contains(day) && (DispatchOnWeekends || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
}
