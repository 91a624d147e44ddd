using System.Globalization;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The brands page on the generated store: the listings left without a valid authorisation equal the published products
// of the brand whose document expired (counted in SQL by the fixture); the expiring, expired and complaint rows are there.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_brands_page_reports_the_listings_an_expired_authorisation_leaves_uncovered()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Compliance);
        var response = await page.GotoAsync("brands");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("品牌与投诉");

        Assert.True(console.UnauthorisedDemoListings > 0, "The demo brand with the expired authorisation should have published listings.");
        await Assertions.Expect(page.Locator("[data-unauthorised-total]"))
            .ToHaveAttributeAsync("data-unauthorised-total", console.UnauthorisedDemoListings.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-status-count=expiring]")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(page.Locator("[data-status-count=expired]")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(page.Locator("li[data-document=SQ-DEMO-003]")).ToHaveAttributeAsync("data-document-status", "expired");
        var waiting = page.Locator("tr[data-complaint=IPC-DEMO-0001]");
        await Assertions.Expect(waiting).ToHaveAttributeAsync("data-complaint-status", "received");
        await Assertions.Expect(waiting.GetByRole(AriaRole.Button, new() { Name = "下架" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-complaint=IPC-DEMO-0002]")).ToHaveAttributeAsync("data-complaint-status", "closed");
        foreach (var code in new[] { "DSN-DEMO-001", "DSN-DEMO-002", "DSN-DEMO-003" })
            await Assertions.Expect(page.Locator($"table.designs tr[data-design={code}]")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "/brands");
    }

    [Fact]
    public async Task Compliance_adds_a_brand_its_authorisation_and_a_design_with_the_forms_on_the_brands_page()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Compliance);
        Assert.Equal(200, (await page.GotoAsync("brands"))!.Status);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var brand = "测试品牌" + suffix;

        // A trademark class outside 1–45, or not a number, is refused with the field's label and the API's message, and
        // nothing is added.
        foreach (var invalidClass in new[] { "46", "二五" })
        {
            await page.GetByLabel("品牌名称").FillAsync(brand);
            await page.GetByLabel("品牌权利人").FillAsync("测试权利人有限公司");
            await page.GetByLabel("商标类别 1–45（可选）").FillAsync(invalidClass);
            await page.GetByRole(AriaRole.Button, new() { Name = "添加品牌" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("商标类别: trademarkClass is a Nice class, 1 to 45.");
            await Assertions.Expect(page.Locator($"tr[data-brand='{brand}']")).ToHaveCountAsync(0);
        }

        await page.GetByLabel("品牌名称").FillAsync(brand);
        await page.GetByLabel("品牌权利人").FillAsync("测试权利人有限公司");
        await page.GetByLabel("商标注册号（可选）").FillAsync(Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("商标类别 1–45（可选）").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加品牌" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = brand })).ToBeVisibleAsync();
        var row = page.Locator($"tr[data-brand='{brand}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "missing");

        // An authorisation valid from yesterday for a year makes the brand's status valid.
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var document = "SQ-TEST-" + suffix;
        await page.GetByLabel("授权品牌").SelectOptionAsync(new SelectOptionValue { Label = brand });
        await page.GetByLabel("授权书编号").FillAsync(document);
        await page.GetByLabel("生效日期（北京时间，含当日）").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("失效日期（北京时间，当日零点起失效）").FillAsync(today.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "添加授权书" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = document })).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "valid");
        await Assertions.Expect(row.Locator($"li[data-document='{document}']")).ToHaveAttributeAsync("data-document-status", "valid");

        var design = "测试原创图案" + suffix;
        await page.GetByLabel("设计名称").FillAsync(design);
        await page.GetByLabel("设计权利人").FillAsync("本店设计部");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记设计" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已登记原创设计" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.designs tbody tr", new() { HasText = design })).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "/brands (after adding)");
    }
}
