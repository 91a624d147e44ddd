using System.Globalization;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The privacy page on the generated store: its consent count for marketing by SMS and its open requests equal what
// SQL of the test's own reads from the commerce store before the server starts.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_privacy_page_shows_the_demo_consents_and_open_requests()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Compliance);
        var response = await page.GotoAsync("privacy");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("个人信息保护");

        var expected = console.Privacy;
        Assert.True(expected.ActiveMarketingSms > 0, "The demo store should seed marketing consents.");
        await Assertions.Expect(page.Locator("tr[data-consent='marketing/sms']"))
            .ToHaveAttributeAsync("data-active", expected.ActiveMarketingSms.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-open]")).ToHaveAttributeAsync("data-open", expected.OpenRequests.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("tr[data-purpose='biometric_payment']")).ToHaveAttributeAsync("data-sensitive", "true");
        Assert.True(await page.Locator("table.privacy-requests tr[data-overdue='true']").CountAsync() >= 1);
        await AssertAccessibleAsync(page, "/privacy");
    }
}
