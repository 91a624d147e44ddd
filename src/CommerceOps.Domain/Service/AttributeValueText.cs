using System.Text.RegularExpressions;

namespace CommerceOps.Domain.Service;

/// <summary>
/// Catalog values are written in Chinese ("15天", "整机3年", "一级"). English answers render the common patterns in
/// English and keep the original beside them, so nothing is lost in translation.
/// </summary>
public static partial class AttributeValueText
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["是"] = "yes", ["否"] = "no", ["支持"] = "available", ["不支持"] = "not available",
        ["一级"] = "grade 1 (the most efficient)", ["二级"] = "grade 2", ["三级"] = "grade 3", ["四级"] = "grade 4", ["五级"] = "grade 5",
        ["冷藏"] = "refrigerated", ["常温"] = "room temperature", ["常温阴凉处"] = "in a cool place at room temperature", ["冷冻"] = "frozen",
    };

    public static string ToEnglish(string value)
    {
        if (Words.TryGetValue(value, out var word)) return $"{word} ({value})";
        var english = Units().Replace(value, m => m.Groups["n"].Value + " " + m.Groups["u"].Value switch
        {
            "天" => "days",
            "个月" or "月" => "months",
            "年" => "years",
            "人" => "people",
            _ => m.Groups["u"].Value,
        });
        english = english.Replace("整机", "whole unit ", StringComparison.Ordinal).Replace("英寸", " inches", StringComparison.Ordinal);
        return english == value ? value : $"{english.Trim()} ({value})";
    }

    [GeneratedRegex(@"(?<n>\d+(?:[.-]\d+)?)(?<u>个月|天|月|年|人)")]
    private static partial Regex Units();
}
