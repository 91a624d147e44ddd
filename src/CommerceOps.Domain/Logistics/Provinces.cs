namespace CommerceOps.Domain.Logistics;

/// <summary>
/// China's provincial divisions by short name (广东, 上海, 新疆) with the position of their capital, for the
/// "nearest warehouse" routing rule: the distance between two provinces is the great-circle distance between their capitals.
/// </summary>
public static class Provinces
{
    private const double EarthRadiusKm = 6371.0;

    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];

    private static readonly Dictionary<string, (double Lat, double Lon)> Capitals = new(StringComparer.Ordinal)
    {
        ["北京"] = (39.90, 116.40), ["天津"] = (39.13, 117.20), ["河北"] = (38.04, 114.51), ["山西"] = (37.87, 112.55),
        ["内蒙古"] = (40.84, 111.75), ["辽宁"] = (41.80, 123.43), ["吉林"] = (43.82, 125.32), ["黑龙江"] = (45.80, 126.53),
        ["上海"] = (31.23, 121.47), ["江苏"] = (32.06, 118.80), ["浙江"] = (30.27, 120.15), ["安徽"] = (31.82, 117.23),
        ["福建"] = (26.07, 119.30), ["江西"] = (28.68, 115.86), ["山东"] = (36.65, 117.12), ["河南"] = (34.75, 113.63),
        ["湖北"] = (30.59, 114.31), ["湖南"] = (28.23, 112.94), ["广东"] = (23.13, 113.26), ["广西"] = (22.82, 108.37),
        ["海南"] = (20.04, 110.35), ["重庆"] = (29.56, 106.55), ["四川"] = (30.57, 104.07), ["贵州"] = (26.65, 106.63),
        ["云南"] = (25.04, 102.71), ["西藏"] = (29.65, 91.13), ["陕西"] = (34.34, 108.94), ["甘肃"] = (36.06, 103.83),
        ["青海"] = (36.62, 101.78), ["宁夏"] = (38.49, 106.23), ["新疆"] = (43.83, 87.62), ["台湾"] = (25.03, 121.57),
        ["香港"] = (22.32, 114.17), ["澳门"] = (22.20, 113.54),
    };

    /// <summary>"广东省" → "广东", "新疆维吾尔自治区" → "新疆", "上海市" → "上海"; other text is returned trimmed.</summary>
    public static string ShortName(string province)
    {
        var name = province.Trim();
        foreach (var suffix in Suffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }

    public static bool IsKnown(string province) => Capitals.ContainsKey(ShortName(province));

    /// <summary>Kilometres between the two provinces' capitals; 0 within one province; infinity when either is unknown.</summary>
    public static double DistanceKm(string from, string to)
    {
        var a = ShortName(from);
        var b = ShortName(to);
        if (a == b) return 0;
        if (!Capitals.TryGetValue(a, out var p) || !Capitals.TryGetValue(b, out var q)) return double.PositiveInfinity;
        var dLat = Radians(q.Lat - p.Lat);
        var dLon = Radians(q.Lon - p.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Radians(p.Lat)) * Math.Cos(Radians(q.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
