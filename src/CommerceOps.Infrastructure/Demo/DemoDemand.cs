namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Which category an order starts from, by hour and month: fruit is bought after dinner (the "after 8 pm" pattern)
/// and in summer, apparel in autumn and winter, camping gear in spring and autumn, air conditioners in summer.
/// </summary>
public sealed class DemoDemand
{
    private static readonly (string Category, double Weight)[] BaseShares =
    [
        ("fresh.fruit", 14), ("fresh.vegetables", 7), ("beauty.skincare", 10), ("beauty.makeup", 6), ("3c.phones", 3),
        ("3c.audio", 5), ("3c.accessories", 7), ("appliances.kitchen", 5), ("appliances.large", 2), ("apparel.women", 10),
        ("apparel.men", 7), ("home.storage", 5), ("home.textiles", 4), ("outdoor.camping", 5), ("outdoor.sports", 5),
    ];

    private readonly WeightedChoice<string>[,] _byHourAndMonth = new WeightedChoice<string>[24, 12];

    public DemoDemand(IReadOnlySet<string> categoriesWithSkus)
    {
        for (var hour = 0; hour < 24; hour++)
            for (var month = 1; month <= 12; month++)
                _byHourAndMonth[hour, month - 1] = new WeightedChoice<string>(BaseShares
                    .Where(s => categoriesWithSkus.Contains(s.Category))
                    .Select(s => (s.Category, s.Weight * HourFactor(s.Category, hour) * MonthFactor(s.Category, month))));
    }

    public string NextCategory(DemoRandom random, DateTimeOffset shanghaiTime) =>
        _byHourAndMonth[shanghaiTime.Hour, shanghaiTime.Month - 1].Next(random);

    private static double HourFactor(string category, int hour) => category switch
    {
        "fresh.fruit" => hour >= 20 ? 2.6 : hour < 12 ? 0.6 : 1.0,
        "fresh.vegetables" => hour is >= 6 and < 10 ? 1.6 : 1.0,
        "beauty.skincare" or "beauty.makeup" => hour is >= 21 and <= 23 ? 1.4 : 1.0,
        "3c.phones" or "3c.audio" => hour is >= 12 and < 14 ? 1.3 : 1.0,
        _ => 1.0,
    };

    private static double MonthFactor(string category, int month) => category switch
    {
        "fresh.fruit" => month is >= 6 and <= 9 ? 1.3 : month is 12 or 1 or 2 ? 0.9 : 1.0,
        "apparel.women" or "apparel.men" => month is >= 9 and <= 12 ? 1.3 : 1.0,
        "outdoor.camping" => month is >= 4 and <= 6 or 9 or 10 ? 1.4 : month is 12 or 1 or 2 ? 0.6 : 1.0,
        "appliances.large" => month is >= 6 and <= 8 ? 1.5 : month == 11 ? 1.4 : 1.0,
        _ => 1.0,
    };
}
