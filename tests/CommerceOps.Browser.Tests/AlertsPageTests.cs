using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The alerts page on the generated store: the fixture ran `alerts check` once, so the planted payment incident is red.
// The test ends by closing that alert; no other test reads it.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_alerts_page_shows_the_planted_payment_incident_red_with_its_province_first()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Operations);
        var response = await page.GotoAsync("alerts");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("预警（红黄灯）");

        var row = page.Locator("[data-testid=alert-inbox] tbody tr").Filter(new() { HasText = "支付环节转化率" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-alert-level", "red");
        await Assertions.Expect(row.Locator(".alert-level")).ToHaveTextAsync("● 红灯");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        var first = page.Locator("[data-explanation-rank='1']");
        await Assertions.Expect(first).ToHaveAttributeAsync("data-dimension", "province");
        await Assertions.Expect(first).ToHaveAttributeAsync("data-value", DemoPaymentIncident.DefaultProvince);
        await Assertions.Expect(page.Locator("[data-check=payment_page_load_p90_ms][data-verdict=suspect]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=alert-rules] tr[data-rule-status=red]")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "/alerts");

        // Someone takes it on, then closes it: the state shows who, and the open inbox no longer lists it.
        await page.GetByRole(AriaRole.Button, new() { Name = "确认处理" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=alert-state]")).ToContainTextAsync($"已确认 · {Roles.Operations}@");
        await page.GetByRole(AriaRole.Button, new() { Name = "关闭" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=alert-state]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^已关闭"));
        await Assertions.Expect(page.Locator("[data-testid=alert-actions]")).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }
}
