using System.Globalization;
using System.Text.RegularExpressions;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The campaigns page: marketing creates a weekly campaign from a template; a bad field is refused with its message first.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task Marketing_creates_a_scheduled_campaign_from_a_template_on_the_campaigns_page()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Marketing);
        var response = await page.GotoAsync("campaigns");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("营销活动");

        var name = "浏览器测试活动 " + Guid.NewGuid().ToString("N")[..6];
        // Tomorrow 10:00 Beijing time, so the scheduler never fires it while the other tests run.
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(ConsoleFixture.Shanghai).Date.AddDays(1).AddHours(10);
        await page.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "active_gift_with_purchase" });
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("优惠券活动编号（可选）").FillAsync("abc");
        await page.GetByLabel("首次执行（定时模板，北京时间）").FillAsync(tomorrow.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("优惠券活动编号");
        await Assertions.Expect(page.Locator("section.campaign h2", new() { HasText = name })).ToHaveCountAsync(0);

        await page.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "active_gift_with_purchase" });
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("优惠券活动编号（可选）").FillAsync("");
        await page.GetByLabel("首次执行（定时模板，北京时间）").FillAsync(tomorrow.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已创建活动" })).ToBeVisibleAsync();
        var section = page.Locator("section.campaign").Filter(new() { Has = page.Locator("h2", new() { HasText = name }) });
        await Assertions.Expect(section).ToHaveCountAsync(1);
        // Not fired yet: its next run is the start chosen above, and it has no sends.
        await Assertions.Expect(section).ToContainTextAsync(new Regex(Regex.Escape(tomorrow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        await Assertions.Expect(section.Locator("[data-metric^=outcome-]")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page, "/campaigns (after creating)");
    }
}
