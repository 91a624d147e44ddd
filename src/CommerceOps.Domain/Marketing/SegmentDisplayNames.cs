namespace CommerceOps.Domain.Marketing;

/// <summary>Display names of RFM segments and lifecycle stages in the console's languages (zh-CN is the default).</summary>
public static class SegmentDisplayNames
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly IReadOnlyDictionary<string, (string Zh, string En)> Names = new Dictionary<string, (string, string)>
    {
        [RfmSegments.Champions] = ("重要价值客户", "Champions"),
        [RfmSegments.Loyal] = ("忠诚客户", "Loyal"),
        [RfmSegments.PotentialLoyalists] = ("潜在忠诚客户", "Potential loyalists"),
        [RfmSegments.NewCustomers] = ("新客户", "New customers"),
        [RfmSegments.Promising] = ("有潜力客户", "Promising"),
        [RfmSegments.NeedAttention] = ("需要关注客户", "Need attention"),
        [RfmSegments.AboutToSleep] = ("即将沉睡客户", "About to sleep"),
        [RfmSegments.AtRisk] = ("流失风险客户", "At risk"),
        [RfmSegments.CannotLose] = ("不能失去的客户", "Cannot lose them"),
        [RfmSegments.Hibernating] = ("沉睡客户", "Hibernating"),
        [LifecycleStages.New] = ("新客", "New"),
        [LifecycleStages.Active] = ("活跃", "Active"),
        [LifecycleStages.Dormant] = ("沉默", "Dormant"),
        [LifecycleStages.Lost] = ("流失", "Lost"),
    };

    /// <summary>The name in <paramref name="language"/> ("en…" gives English, anything else Chinese); unknown keys come back as they are.</summary>
    public static string Of(string key, string? language) =>
        !Names.TryGetValue(key, out var names) ? key
        : language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? names.En
        : names.Zh;
}
