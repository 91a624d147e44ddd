namespace CommerceOps.Domain.Service;

/// <summary>
/// Chinese INCI names with their English names and common Chinese names (玻尿酸 for 透明质酸钠), so "does it contain glycerin?" finds 甘油 in a Chinese ingredient list.
/// An ingredient outside the glossary can still be asked about by the name the list uses.
/// </summary>
public static class IngredientGlossary
{
    private static readonly (string Zh, string[] En)[] Entries =
    [
        ("甘油", ["glycerin", "glycerine", "glycerol"]),
        ("丁二醇", ["butylene glycol"]),
        ("丙二醇", ["propylene glycol"]),
        ("双丙甘醇", ["dipropylene glycol"]),
        ("透明质酸钠", ["hyaluronic acid", "sodium hyaluronate", "hyaluronate", "玻尿酸", "透明质酸"]),
        ("烟酰胺", ["niacinamide", "nicotinamide"]),
        ("泛醇", ["panthenol"]),
        ("苯氧乙醇", ["phenoxyethanol"]),
        ("椰油酰甘氨酸钾", ["potassium cocoyl glycinate"]),
        ("马齿苋提取物", ["portulaca", "purslane"]),
        ("尿囊素", ["allantoin"]),
        ("金缕梅提取物", ["witch hazel", "hamamelis"]),
        ("薄荷醇", ["menthol"]),
        ("甲氧基肉桂酸乙基己酯", ["ethylhexyl methoxycinnamate", "octinoxate"]),
        ("二氧化钛", ["titanium dioxide"]),
        ("生育酚乙酸酯", ["tocopheryl acetate"]),
        ("生育酚", ["tocopherol", "vitamin e", "维生素e", "维e"]),
        ("二裂酵母发酵产物溶胞物", ["bifida ferment lysate", "bifida"]),
        ("角鲨烷", ["squalane"]),
        ("玫瑰花提取物", ["rose extract"]),
        ("蓖麻籽油", ["castor oil", "castor seed oil"]),
        ("蜂蜡", ["beeswax"]),
        ("云母", ["mica"]),
        ("环五聚硅氧烷", ["cyclopentasiloxane"]),
        ("滑石粉", ["talc"]),
        ("硬脂酸镁", ["magnesium stearate"]),
        ("视黄醇", ["retinol", "a醇"]),
        ("水杨酸", ["salicylic acid"]),
        ("矿油", ["mineral oil"]),
    ];

    /// <summary>
    /// The ingredient a question names (by its Chinese or an English name) and how long the matched name was, so a
    /// longer, more specific match (苯氧乙醇) wins over a shorter one inside it (乙醇). Water is left out on purpose:
    /// 水 and "water" appear in far too many questions (防水, 爽肤水, water resistant) to mean the ingredient.
    /// </summary>
    public static (string Chinese, int Length)? Find(string question)
    {
        (string, int)? best = null;
        foreach (var (zh, names) in Entries)
        {
            if (question.Contains(zh, StringComparison.Ordinal) && zh.Length > (best?.Item2 ?? 0)) best = (zh, zh.Length);
            foreach (var name in names)
                if (name.Length > (best?.Item2 ?? 0) && TermMatch.Contains(question, name)) best = (zh, name.Length);
        }
        return best;
    }

    public static string EnglishFor(string chinese) =>
        Entries.FirstOrDefault(e => e.Zh == chinese).En?[0] ?? chinese;
}
