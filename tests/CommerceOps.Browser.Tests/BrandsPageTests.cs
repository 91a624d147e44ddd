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
        await Assertions.Expect(page.Locator("table.designs tbody tr")).ToHaveCountAsync(3);
        await AssertAccessibleAsync(page, "/brands");
    }
}
