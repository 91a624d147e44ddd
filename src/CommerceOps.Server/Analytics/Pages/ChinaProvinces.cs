namespace CommerceOps.Server.Analytics.Pages;

/// <summary>
/// Province names as the ECharts China map knows them: without the administrative suffix (浙江省 → 浙江, 北京市 → 北京,
/// 广西壮族自治区 → 广西, 香港特别行政区 → 香港). Addresses and events may carry either form.
/// </summary>
public static class ChinaProvinces
{
    // Longest first, so 壮族自治区 goes before 自治区.
    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];

    public static string MapName(string province)
    {
        var name = province.Trim();
        foreach (var suffix in Suffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }
}
