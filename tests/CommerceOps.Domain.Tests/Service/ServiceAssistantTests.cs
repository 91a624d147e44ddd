using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Service;

namespace CommerceOps.Domain.Tests.Service;

public class ServiceAssistantTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private readonly ServiceAssistant _assistant = new(ReturnPolicy.Default);

    private static ProductFacts Skincare(params string[] ingredients) =>
        new("SKU-1", "保湿精华", "30ml", "beauty.skincare", "某品牌", new Dictionary<string, string> { ["保质期"] = "3年" }, ingredients);

    [Fact]
    public void Phenoxyethanol_is_not_alcohol_although_its_name_contains_乙醇()
    {
        var answer = _assistant.Ask("含酒精吗", Skincare("水", "甘油", "苯氧乙醇"), null, [], Now);

        Assert.True(answer.Answered);
        Assert.StartsWith("不含", answer.Text);
        Assert.Equal(["product.ingredients"], answer.Sources);
    }

    [Theory]
    [InlineData("乙醇")]
    [InlineData("Alcohol Denat.")]
    [InlineData("ethanol")]
    public void Alcohol_is_found_under_its_synonyms(string listed)
    {
        var answer = _assistant.Ask("Does it contain alcohol?", Skincare("水", listed, "甘油"), null, [], Now);

        Assert.StartsWith("Yes", answer.Text);
        Assert.Contains(listed, answer.Text);
    }

    [Fact]
    public void A_hand_over_carries_the_whole_conversation_and_names_no_sources()
    {
        List<ConversationTurn> history = [new(ConversationTurn.Customer, "保质期多久"), new(ConversationTurn.Assistant, "保质期：3年。")];

        var answer = _assistant.Ask("孕妇可以用吗", Skincare("水"), null, history, Now);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Sources);
        Assert.Equal(4, answer.Handover!.Conversation.Count);
        Assert.Equal("孕妇可以用吗", answer.Handover.Conversation[2].Text);
    }

    [Fact]
    public void Missing_data_is_handed_over_rather_than_guessed()
    {
        var answer = _assistant.Ask("保修多久", Skincare("水"), null, [], Now);

        Assert.False(answer.Answered);
        Assert.Equal(QuestionTopic.Warranty, answer.Topic);
    }

    [Fact]
    public void The_no_reason_window_ends_seven_days_after_delivery()
    {
        var delivered = Now.AddDays(-7);
        var lines = new[] { "beauty.skincare" };

        Assert.Equal(ReturnDecision.Eligible, ReturnPolicy.Default.Evaluate(OrderStatus.Delivered, delivered, lines, Now).Decision);
        Assert.Equal(ReturnDecision.WindowClosed, ReturnPolicy.Default.Evaluate(OrderStatus.Delivered, delivered, lines, Now.AddSeconds(1)).Decision);
        Assert.Equal(ReturnDecision.Excluded, ReturnPolicy.Default.Evaluate(OrderStatus.Completed, delivered, ["fresh.fruit"], Now).Decision);
    }
}
