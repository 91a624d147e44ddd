namespace CommerceOps.Domain.Service;

/// <summary>
/// Something customers ask about by one name while ingredient lists spell it another way: "酒精" is listed as 乙醇,
/// "alcohol" as ethanol or alcohol denat. Ingredients match by exact name, never by substring, because 苯氧乙醇
/// (phenoxyethanol, a preservative) contains 乙醇 and is not alcohol.
/// </summary>
public sealed record IngredientConcept(string NameZh, string NameEn, string[] QuestionTerms, string[] IngredientNames)
{
    public static readonly IngredientConcept[] All =
    [
        new("酒精（乙醇）", "alcohol (ethanol)",
            ["酒精", "乙醇", "alcohol", "ethanol"],
            ["乙醇", "酒精", "变性乙醇", "无水乙醇", "ethanol", "alcohol", "alcohol denat.", "alcohol denat", "denatured alcohol", "sd alcohol", "sd alcohol 40-b"]),
        new("香精", "fragrance",
            ["香精", "香料", "香味剂", "fragrance", "parfum", "perfume", "scent"],
            ["香精", "香料", "fragrance", "parfum", "perfume"]),
        new("防腐剂", "preservatives",
            ["防腐剂", "preservative", "preservatives"],
            ["苯氧乙醇", "羟苯甲酯", "羟苯丙酯", "山梨酸钾", "苯甲酸钠", "phenoxyethanol", "methylparaben", "propylparaben", "potassium sorbate", "sodium benzoate"]),
        new("尼泊金酯（羟苯酯类）", "parabens",
            ["尼泊金", "羟苯", "paraben", "parabens"],
            ["羟苯甲酯", "羟苯乙酯", "羟苯丙酯", "羟苯丁酯", "methylparaben", "ethylparaben", "propylparaben", "butylparaben"]),
        new("硅油", "silicones",
            ["硅油", "硅", "silicone", "silicones"],
            ["环五聚硅氧烷", "聚二甲基硅氧烷", "环己硅氧烷", "cyclopentasiloxane", "dimethicone", "cyclohexasiloxane"]),
    ];
}
