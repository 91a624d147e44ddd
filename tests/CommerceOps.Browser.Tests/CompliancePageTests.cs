using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The compliance page on the generated store: the products whose description carries the demo's blocking claims (found
// here with SQL on the SQLite file) are in the findings queue with rule AD-ABS-001; the demo's incomplete draft is a
// price-rule violation; saving the word list creates the next version.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_compliance_page_lists_the_demo_claims_and_the_refused_draft()
    {
        console.RequireBrowser();
        var facts = console.Promotions;
        long[] blocked = [.. facts.LowestPriceClaimProducts, .. facts.NationalClaimProducts];
        Assert.Equal(2, blocked.Length);

        var page = await OpenInteractiveAsync(Roles.Compliance, "compliance", "合规");
        foreach (var (ids, matched) in new[] { (facts.LowestPriceClaimProducts, "全网最低价"), (facts.NationalClaimProducts, "国家级") })
        {
            var row = page.Locator($"table.findings tr[data-product='{ids.Single()}'][data-rule='AD-ABS-001'][data-severity='BLOCK']");
            await Assertions.Expect(row.Locator("[data-matched]", new() { HasText = matched })).ToHaveCountAsync(1, Patient.Count);
        }
        var shownBlocked = int.Parse((await page.Locator("[data-blocked-products]").GetAttributeAsync("data-blocked-products"))!, CultureInfo.InvariantCulture);
        var distinct = await page.Locator("table.findings tr[data-severity='BLOCK']").EvaluateAllAsync<int>(
            "rows => new Set(rows.map(r => r.getAttribute('data-product'))).size");
        Assert.Equal(distinct, shownBlocked);
        Assert.True(shownBlocked >= blocked.Length);

        await Assertions.Expect(page.Locator($"table.violations tr[data-violation='{DemoPromotions.RefusedDraft}'][data-rule='PRC-COND-004']")).ToHaveCountAsync(3, Patient.Count);
        await AssertAccessibleAsync(page, "/compliance");
    }

    [Fact]
    public async Task Saving_the_word_list_creates_a_new_version()
    {
        console.RequireBrowser();
        var page = await OpenInteractiveAsync(Roles.Compliance, "compliance", "合规");
        var before = int.Parse((await page.Locator("[data-current-version]").GetAttributeAsync("data-current-version"))!, CultureInfo.InvariantCulture);
        var term = "测试禁用词" + Guid.NewGuid().ToString("N")[..6];

        await page.Locator("#w-new-term").FillAsync(term);
        await page.Locator("#w-new-kind").SelectOptionAsync("urgency");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加词条" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-term='{term}']")).ToHaveCountAsync(1, Patient.Count);
        await page.Locator("#w-note").FillAsync("浏览器测试");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        var after = (before + 1).ToString(CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("[data-saved-version]")).ToHaveAttributeAsync("data-saved-version", after, Patient.Attribute);
        await Assertions.Expect(page.Locator("[data-current-version]")).ToHaveAttributeAsync("data-current-version", after, Patient.Attribute);
        await Assertions.Expect(page.Locator($"table.versions tr[data-version='{after}']")).ToContainTextAsync("浏览器测试", Patient.ContainText);
        await Assertions.Expect(page.Locator($"tr[data-term='{term}']")).ToHaveCountAsync(1, Patient.Count);
    }
}
