using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service.Tickets;

namespace CommerceOps.Domain.Tests.Service;

public sealed class ReplyTemplateTests
{
    [Fact]
    public void Variables_are_filled_in_with_the_customers_own_details()
    {
        var template = ReplyTemplates.Find("order-status", "zh-CN")!;

        var text = template.Render(new Dictionary<string, string?>
        {
            ["customer_name"] = "王女士", ["order_number"] = "SO20261120001", ["tracking_number"] = "SF1234567890",
        });

        Assert.Equal("王女士您好，我帮您查了订单 SO20261120001，包裹正在路上，运单号 SF1234567890。一有新进展我会第一时间告诉您，请放心～", text);
    }

    [Fact]
    public void A_missing_value_is_refused_instead_of_sending_braces_to_the_customer()
    {
        var template = ReplyTemplates.Find("greeting", "en")!;

        var refused = Assert.Throws<DomainException>(() => template.Render(new Dictionary<string, string?> { ["customer_name"] = "Mia", ["agent_name"] = " " }));

        Assert.Equal("variables", refused.Field);
        Assert.Contains("{agent_name}", refused.Message);
        Assert.Contains("{ticket_number}", refused.Message);
    }

    [Fact]
    public void Every_template_exists_in_both_languages_with_the_same_variables()
    {
        foreach (var group in ReplyTemplates.All.GroupBy(t => t.Code))
        {
            Assert.Equal(["en", "zh-CN"], group.Select(t => t.Language).Order(StringComparer.Ordinal));
            Assert.Equal(group.First().Variables.Order(), group.Last().Variables.Order());
            Assert.Contains("customer_name", group.First().Variables);
        }
    }
}
