using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The returns page on the generated store: its refunded total (from the commerce store) equals the refunds the
// analytics store received through the outbox, summed here.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_returns_page_shows_the_refunds_the_analytics_store_received()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Service);
        var response = await page.GotoAsync("returns");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("退换货");

        var expected = console.Refunds;
        Assert.True(expected.Count > 0, "The demo store should seed refunded returns.");
        Assert.Equal(expected.Total.ToString("0.00", CultureInfo.InvariantCulture),
            await page.Locator("[data-refunded-amount]").GetAttributeAsync("data-refunded-amount"));
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-refunds]").GetAttributeAsync("data-refunds"));
        Assert.True(await page.Locator("table.returns-queue tbody tr").CountAsync() > 0);
        await AssertAccessibleAsync(page, "/returns");
    }
}
