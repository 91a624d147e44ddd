using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Tests.Compliance;

public class AdLawCheckerTests
{
    private static readonly AdLawChecker Checker = new(SeedWordList.Entries);

    private static IReadOnlyList<AdFinding> Scan(string text, string category = CategoryKeys.Home, ScanContext? context = null) =>
        Checker.Check(new ListingText(category, [new ListingField(ListingText.Title, text)]), context ?? ScanContext.None);

    private static (string Matched, string Rule, FindingSeverity Severity)[] Summary(IEnumerable<AdFinding> findings) =>
        findings.Select(f => (f.Matched, f.RuleId, f.Severity)).ToArray();

    [Fact]
    public void Spec_example_of_absolute_terms_is_blocked_with_original_offsets()
    {
        var findings = Scan("全网最低价 国家级品质 第一品牌");
        Assert.Equal(
            [("全网最低价", AdRuleIds.Absolute, FindingSeverity.Block), ("国家级", AdRuleIds.Absolute, FindingSeverity.Block), ("第一品牌", AdRuleIds.Absolute, FindingSeverity.Block)],
            Summary(findings));
        Assert.Equal([(0, 5), (6, 3), (12, 4)], findings.Select(f => (f.Start, f.Length)).ToArray());
    }

    [Theory]
    [InlineData("最 好的面膜", "最 好")]
    [InlineData("最·好的面膜", "最·好")]
    [InlineData("最\u200b好的面膜", "最\u200b好")]
    [InlineData("ＮＯ．１的选择", "ＮＯ．１")]
    [InlineData("销量no.1", "no.1")]
    [InlineData("國家級品質", "國家級")]
    [InlineData("獨一無二的設計", "獨一無二")]
    [InlineData("頂 級 材 質", "頂 級")]
    public void Evasion_by_spacing_width_case_and_traditional_characters_is_caught(string text, string matched)
    {
        var finding = Assert.Single(Scan(text), f => f.RuleId == AdRuleIds.Absolute);
        Assert.Equal(matched, finding.Matched);
        Assert.Equal(text.IndexOf(matched, StringComparison.Ordinal), finding.Start);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
    }

    [Theory]
    [InlineData("坚果最佳赏味期为开封后7天")]
    [InlineData("我们追求最好的服务")]
    [InlineData("致力于成为顶尖的家居品牌")]
    [InlineData("第一次使用请先清洗")]
    [InlineData("万能胶粘合力强")]
    [InlineData("100%纯棉面料")]
    [InlineData("本店最新款")]
    [InlineData("最近三天发货，最多可买2件")]
    [InlineData("最大功率2000W")]
    public void Exemptions_are_not_findings(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void A_goal_in_one_sentence_does_not_excuse_a_claim_in_the_next()
    {
        var finding = Assert.Single(Scan("我们追求。顶尖品质"));
        Assert.Equal("顶尖", finding.Matched);
    }

    [Fact]
    public void Goals_do_not_excuse_absolute_terms_in_health_related_categories()
    {
        var findings = Scan("追求最好的疗效", CategoryKeys.MedicalDevice);
        Assert.Contains(findings, f => f.Matched == "最好" && f.Severity == FindingSeverity.Block);
    }

    [Fact]
    public void Bare_superlative_before_a_chinese_character_is_blocked_but_listed_words_are_not()
    {
        Assert.Equal([("最美", AdRuleIds.Absolute, FindingSeverity.Block)], Summary(Scan("最美连衣裙")));
        Assert.Empty(Scan("最后一天发货")); // 最后 is exempt; 最后一波 would be urgency
    }

    [Fact]
    public void Other_absolute_terms_warn_outside_and_block_inside_health_related_categories()
    {
        Assert.Equal(FindingSeverity.Warn, Assert.Single(Scan("顶尖工艺")).Severity);
        Assert.Contains(Scan("顶尖工艺 本品不能代替药物", CategoryKeys.HealthFood), f => f.Matched == "顶尖" && f.Severity == FindingSeverity.Block);
    }

    [Fact]
    public void Ranking_evidence_lowers_first_place_to_warn()
    {
        Assert.Equal(FindingSeverity.Block, Assert.Single(Scan("2023年天猫双11 帐篷类目销量第一")).Severity);
        var withEvidence = Assert.Single(Scan("2023年天猫双11 帐篷类目销量第一", context: new ScanContext(RankingEvidence: true)));
        Assert.Equal(FindingSeverity.Warn, withEvidence.Severity);
    }

    [Fact]
    public void Spec_example_of_medical_claims_on_a_cosmetic_is_blocked()
    {
        var findings = Scan("祛痘 根治 消炎 特效", CategoryKeys.Beauty);
        Assert.Equal(["祛痘", "根治", "消炎", "特效"], findings.Select(f => f.Matched));
        Assert.All(findings, f => Assert.Equal((AdRuleIds.Medical, FindingSeverity.Block), (f.RuleId, f.Severity)));
    }

    [Fact]
    public void Medical_terms_are_category_aware()
    {
        Assert.Equal([("降血压", AdRuleIds.Medical, FindingSeverity.Block)], Summary(Scan("降血压的燕麦片", CategoryKeys.Food)));
        Assert.Empty(Scan("用于降血压的治疗仪辅助", CategoryKeys.MedicalDevice));
        Assert.Empty(Scan("抗菌砧板", CategoryKeys.Home));
        Assert.Single(Scan("抗菌洗面奶", CategoryKeys.Beauty));
    }

    [Fact]
    public void Health_food_without_the_disclaimer_is_blocked_and_claims_use_the_health_food_rule()
    {
        var listing = new ListingText(CategoryKeys.HealthFood,
            [new ListingField(ListingText.Title, "鱼油软胶囊 降血压"), new ListingField(ListingText.Description, "专家推荐，每日两粒")]);
        var findings = Checker.Check(listing, ScanContext.None);
        Assert.Equal(
            [(ListingText.Title, "降血压", AdRuleIds.HealthFood), (ListingText.Description, "专家推荐", AdRuleIds.HealthFood), (ListingText.Description, "", AdRuleIds.HealthFood)],
            findings.Select(f => (f.Field, f.Matched, f.RuleId)).ToArray());
        var missing = findings[^1];
        Assert.Equal(("专家推荐，每日两粒".Length, 0, FindingSeverity.Block), (missing.Start, missing.Length, missing.Severity));
    }

    [Fact]
    public void Health_food_with_the_disclaimer_even_in_traditional_characters_passes()
    {
        Assert.Empty(Scan("鱼油软胶囊 本品不能代替药物", CategoryKeys.HealthFood));
        Assert.Empty(Scan("鱼油软胶囊 本品不能代替藥物", CategoryKeys.HealthFood));
        Assert.DoesNotContain(Scan("鱼油软胶囊 本品不能代替药物", CategoryKeys.HealthFood), f => f.Matched == "代替药物");
    }

    [Fact]
    public void Statistics_without_a_source_warn()
    {
        Assert.Equal([("销量突破100万", AdRuleIds.Citation, FindingSeverity.Warn)], Summary(Scan("销量突破100万")));
        Assert.Equal([("10万+人选择", AdRuleIds.Citation, FindingSeverity.Warn)], Summary(Scan("10万+人选择")));
        Assert.Equal([("好评率99%", AdRuleIds.Citation, FindingSeverity.Warn)], Summary(Scan("好评率99%")));
        Assert.Empty(Scan("销量突破100万（数据来源：本店后台，统计周期2025年1-6月）"));
        Assert.Empty(Scan("销售渠道：线上"));
    }

    [Fact]
    public void Gifts_need_details()
    {
        Assert.Equal([("赠品", AdRuleIds.Gift, FindingSeverity.Warn)], Summary(Scan("下单有赠品")));
        Assert.Empty(Scan("下单赠送同款旅行装30ml一支，送完即止"));
        Assert.Equal([("买一送一", AdRuleIds.Gift, FindingSeverity.Warn)], Summary(Scan("买一送一")));
    }

    [Fact]
    public void Urgency_warns_unless_the_promotion_backs_it()
    {
        Assert.Equal([("限时抢购", AdRuleIds.False, FindingSeverity.Warn), ("仅剩", AdRuleIds.False, FindingSeverity.Warn)], Summary(Scan("限时抢购 仅剩3件")));
        Assert.Empty(Scan("限时抢购 仅剩3件", context: new ScanContext(PromotionBacksUrgency: true)));
    }

    [Fact]
    public void Guarantees_warn_as_false_claims() =>
        Assert.Equal([("零风险", AdRuleIds.False, FindingSeverity.Warn)], Summary(Scan("零风险试用")));

    [Fact]
    public void False_authority_is_blocked() =>
        Assert.Equal([("国家机关推荐", AdRuleIds.FalseAuthority, FindingSeverity.Block), ("特供", AdRuleIds.FalseAuthority, FindingSeverity.Block)],
            Summary(Scan("国家机关推荐 特供茶叶")));

    [Fact]
    public void A_term_inside_a_longer_term_of_the_same_rule_is_reported_once()
    {
        var finding = Assert.Single(Scan("全网销量第一"));
        Assert.Equal("全网销量第一", finding.Matched);
    }

    [Fact]
    public void Surrogate_pairs_before_a_match_keep_offsets_in_utf16_units()
    {
        var finding = Assert.Single(Scan("😀😀顶级"));
        Assert.Equal((4, 2), (finding.Start, finding.Length));
    }

    [Fact]
    public void Clean_copy_has_no_findings() =>
        Assert.Empty(Scan("户外双人帐篷，防雨面料，含收纳袋，重量2.1kg"));
}
