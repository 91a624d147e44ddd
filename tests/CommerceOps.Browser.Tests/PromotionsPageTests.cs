using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The promotions page on the generated store: the builder creates a draft (after showing the domain's message on the
// field it concerns), the demo's draft without stated conditions is refused with PRC-COND-004, and the stacking preview
// and simulator price a cart of one demo apparel SKU with the 9折 computed here from the SKU's list price.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_promotion_builder_creates_a_draft_that_is_listed_and_publishing_an_incomplete_draft_is_refused()
    {
        console.RequireBrowser();
        var page = await OpenInteractiveAsync(Roles.Marketing, "promotions", "促销");
        var code = "BT-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

        await page.Locator("#p-code").FillAsync(code);
        await page.Locator("#p-name").FillAsync("浏览器测试 85折");
        await page.Locator("#p-type").SelectOptionAsync("percentage");
        await page.Locator("#b-percent").FillAsync("150");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-for='rules.benefit.percentOff']")).ToHaveTextAsync("percentOff is between 0 and 100 (exclusive).", Patient.Text);
        await Assertions.Expect(page.Locator($"tr[data-promotion='{code}']")).ToHaveCountAsync(0, Patient.Count);

        await page.Locator("#b-percent").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        var row = page.Locator($"tr[data-promotion='{code}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "draft", Patient.Attribute);
        await Assertions.Expect(row).ToContainTextAsync("浏览器测试 85折", Patient.ContainText);

        await page.GetByRole(AriaRole.Button, new() { Name = "发布 " + DemoPromotions.RefusedDraft }).ClickAsync();
        var refusal = page.Locator($"[data-refused='{DemoPromotions.RefusedDraft}']");
        await Assertions.Expect(refusal.Locator("tr[data-rule='PRC-COND-004']")).ToHaveCountAsync(3, Patient.Count); // stacking, limits, excluded SKUs
        await Assertions.Expect(page.Locator($"tr[data-promotion='{DemoPromotions.RefusedDraft}']")).ToHaveAttributeAsync("data-status", "draft", Patient.Attribute);
        await AssertAccessibleAsync(page, "/promotions (after publishing was refused)");
    }

    [Fact]
    public async Task The_stacking_preview_and_the_simulator_show_the_demo_apparel_discount()
    {
        console.RequireBrowser();
        var facts = console.Promotions;
        Assert.False(string.IsNullOrEmpty(facts.ApparelSku), "The demo store should have a women's apparel SKU.");
        var original = facts.ApparelPrice * 2;
        var expected = Math.Round(original * DemoPromotions.ApparelPercentOff / 100m, 2, MidpointRounding.AwayFromZero);

        var page = await OpenInteractiveAsync(Roles.Marketing, "promotions", "促销");
        await page.Locator("#c-lines").FillAsync($"{facts.ApparelSku} 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览叠加" }).ClickAsync();
        var preview = page.Locator("[data-cart='active']");
        await Assertions.Expect(preview.Locator($"tr[data-applied='{DemoPromotions.Apparel}']")).ToHaveAttributeAsync("data-amount", Fen(expected), Patient.Attribute);
        await Assertions.Expect(preview.Locator($"tr[data-line='{facts.ApparelSku}'] td[data-original]")).ToHaveAttributeAsync("data-original", Fen(original), Patient.Attribute);
        // The buy-2-get-1 on storage does not cover apparel: it is listed as not applied, with its reason.
        await Assertions.Expect(preview.Locator($"tr[data-not-applied='{DemoPromotions.Storage}']")).ToHaveAttributeAsync("data-reason", "no_line_in_scope", Patient.Attribute);

        // A is what runs now (the default), B is empty: B costs the list price, and the difference is A's whole discount.
        await page.GetByRole(AriaRole.Button, new() { Name = "对比 A / B" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-total-b]")).ToHaveAttributeAsync("data-total-b", Fen(original), Patient.Attribute);
        await Assertions.Expect(page.Locator($"[data-cart='a'] tr[data-applied='{DemoPromotions.Apparel}']")).ToHaveAttributeAsync("data-amount", Fen(expected), Patient.Attribute);
        var totalA = decimal.Parse((await page.Locator("[data-total-a]").GetAttributeAsync("data-total-a"))!, CultureInfo.InvariantCulture);
        Assert.True(totalA <= original - expected, $"A's total {totalA} should include the apparel discount {expected} off {original}.");
        await Assertions.Expect(page.Locator("[data-difference]")).ToHaveAttributeAsync("data-difference", Fen(original - totalA), Patient.Attribute);
        await AssertAccessibleAsync(page, "/promotions (simulation)");
    }

    /// <summary>Opens an interactive page and waits until its circuit is up (the page marks its h1 once it renders in the circuit).</summary>
    private async Task<IPage> OpenInteractiveAsync(string role, string path, string title)
    {
        var page = await console.SignedInPageAsync(role);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title, Patient.Text);
        await Assertions.Expect(page.Locator("main h1")).ToHaveAttributeAsync("data-interactive", "true", Patient.Attribute);
        return page;
    }

    private static string Fen(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
