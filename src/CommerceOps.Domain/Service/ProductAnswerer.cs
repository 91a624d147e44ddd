using System.Text.RegularExpressions;

namespace CommerceOps.Domain.Service;

/// <summary>Answers product questions from the product's own data only; when the data does not say, it says so and hands over.</summary>
public static partial class ProductAnswerer
{
    public static AssistantAnswer Answer(ClassifiedQuestion q, ProductFacts product, Func<string, AssistantAnswer> handOver) =>
        q.Topic switch
        {
            QuestionTopic.IngredientPresence => IngredientPresence(q, product, handOver),
            QuestionTopic.IngredientList => IngredientList(q, product, handOver),
            QuestionTopic.Size => Size(q, product, handOver),
            QuestionTopic.Installation => Attributes(q, product, handOver, all: true),
            _ => Attributes(q, product, handOver, all: false),
        };

    private static AssistantAnswer IngredientPresence(ClassifiedQuestion q, ProductFacts product, Func<string, AssistantAnswer> handOver)
    {
        var l = q.Language;
        if (product.Ingredients.Count == 0)
            return handOver(AssistantLanguage.Say(l, "这件商品的资料里没有成分表", "the product data has no ingredient list"));
        var target = q.Ingredient!;
        var found = target.FindIn(product.Ingredients);
        var name = target.Name(l);
        var text = found.Count > 0
            ? AssistantLanguage.Say(l,
                $"含有{name}：成分表列有「{string.Join("、", found)}」。",
                $"Yes, it contains {name}: the ingredient list includes {string.Join(", ", found.Select(Both))}.")
            : AssistantLanguage.Say(l,
                $"不含{name}：成分表（{string.Join("、", product.Ingredients)}）中没有{name}。",
                $"No, it does not contain {name}: it is not in the ingredient list ({string.Join(", ", product.Ingredients.Select(Both))}).");
        return Answered(q, text, ["product.ingredients"]);
    }

    private static AssistantAnswer IngredientList(ClassifiedQuestion q, ProductFacts product, Func<string, AssistantAnswer> handOver)
    {
        if (product.Ingredients.Count == 0)
            return handOver(AssistantLanguage.Say(q.Language, "这件商品的资料里没有成分表", "the product data has no ingredient list"));
        var text = AssistantLanguage.Say(q.Language,
            $"{product.Title}的成分：{string.Join("、", product.Ingredients)}。",
            $"Ingredients of {product.Title}: {string.Join(", ", product.Ingredients.Select(Both))}.");
        return Answered(q, text, ["product.ingredients"]);
    }

    private static AssistantAnswer Size(ClassifiedQuestion q, ProductFacts product, Func<string, AssistantAnswer> handOver)
    {
        var parts = new List<(string Label, string Value, string Source)>();
        foreach (var (key, value) in Matching(product, QuestionTopic.Size)) parts.Add((key, value, $"product.attributes.{key}"));
        if (IsMeasure(product.Specification)) parts.Insert(0, (AssistantLanguage.Say(q.Language, "规格", "specification"), product.Specification, "sku.specification"));
        if (parts.Count == 0)
            return handOver(AssistantLanguage.Say(q.Language, "商品资料里没有尺寸或规格", "the product data gives no size"));
        return Answered(q, Sentence(q.Language, parts), parts.Select(p => p.Source).ToList());
    }

    private static AssistantAnswer Attributes(ClassifiedQuestion q, ProductFacts product, Func<string, AssistantAnswer> handOver, bool all)
    {
        var found = Matching(product, q.Topic).ToList();
        if (found.Count == 0)
            return handOver(AssistantLanguage.Say(q.Language, "商品资料里没有这一项", "the product data does not say"));
        if (!all) found = found.Take(1).ToList();
        return Answered(q, Sentence(q.Language, found.Select(f => (f.Key, f.Value, "")).ToList()),
            found.Select(f => $"product.attributes.{f.Key}").ToList());
    }

    /// <summary>The product's attributes that answer a topic, in the vocabulary's key order.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Matching(ProductFacts product, QuestionTopic topic)
    {
        var keys = TopicVocabulary.All.First(v => v.Topic == topic).AttributeKeys;
        foreach (var key in keys)
            foreach (var attribute in product.Attributes)
                if (string.Equals(attribute.Key.Trim(), key, StringComparison.OrdinalIgnoreCase) && attribute.Value.Trim().Length > 0)
                    yield return attribute;
    }

    private static string Sentence(string language, IReadOnlyList<(string Label, string Value, string Source)> parts) =>
        language == AssistantLanguage.Chinese
            ? string.Join("；", parts.Select(p => $"{p.Label}：{p.Value}")) + "。"
            : string.Join("; ", parts.Select(p => $"{LabelInEnglish(p.Label)}: {AttributeValueText.ToEnglish(p.Value)}")) + ".";

    private static string LabelInEnglish(string key) => key switch
    {
        "保质期" or "保质期限" or "有效期" => "Shelf life",
        "储存方式" or "贮存条件" or "保存方式" or "储存条件" => "Storage",
        "产地" or "原产地" or "生产地" => "Origin",
        "保修" or "质保" or "保修期" or "质保期" => "Warranty",
        "能效等级" or "能效" => "Energy efficiency grade",
        "额定功率" or "功率" => "Rated power",
        "重量" or "净重" => "Weight",
        "适用人数" or "容纳人数" => "For",
        "送装一体" => "Delivery with installation",
        "安装" => "Installation",
        "开箱验货" => "Unboxing inspection",
        "尺寸" or "屏幕尺寸" => key == "屏幕尺寸" ? "Screen size" : "Size",
        "容量" or "净含量" => "Content",
        "规格" => "Specification",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };

    private static string Both(string ingredient)
    {
        var english = IngredientGlossary.EnglishFor(ingredient);
        return english == ingredient ? ingredient : $"{english} ({ingredient})";
    }

    /// <summary>A specification that is a measure ("30ml", "2.5kg装", "1.8米床") or a clothing size, not a variant name like "标准款".</summary>
    private static bool IsMeasure(string specification) => specification.Any(char.IsAsciiDigit) || ClothingSize().IsMatch(specification.Trim());

    private static AssistantAnswer Answered(ClassifiedQuestion q, string text, IReadOnlyList<string> sources) =>
        new(text, q.Language, q.Topic, sources, null);

    [GeneratedRegex("^(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClothingSize();
}
