using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The Campaigns page shows the demo's seeded win-back campaign, on the same generated store as the rest of the console tests.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_campaigns_page_shows_the_demo_campaigns_holdout_computed_from_the_orders()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Marketing);
        var response = await page.GotoAsync("campaigns");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("营销活动");

        // Independently: the campaign fired 21 days before today (Beijing) for customers whose last non-cancelled order
        // is at least 30 whole days before that day's 00:00; its holdout is the 10% whose SHA-256 bucket of
        // "demo-win-back\n" + customer id is below 1,000 of 10,000.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Support.ConsoleFixture.Shanghai).DateTime);
        var cutoff = new DateTimeOffset(today.AddDays(-21).ToDateTime(TimeOnly.MinValue), Support.ConsoleFixture.Shanghai).ToUnixTimeSeconds();
        var audience = console.CustomerOrders.Where(o => !o.Cancelled && o.PlacedAt < cutoff)
            .GroupBy(o => o.Customer).Where(g => (cutoff - g.Max(o => o.PlacedAt)) / 86_400 >= 30).Select(g => g.Key).ToList();
        var holdout = audience.Count(c => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes("demo-win-back\n" + c)), 0) % 10_000 < 1_000);
        Assert.True(holdout > 0, "the demo campaign holds customers back");

        var campaign = page.Locator("[data-campaign=demo-win-back]");
        Assert.Equal(holdout.ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), (await campaign.Locator("[data-metric=holdout]").InnerTextAsync()).Trim());
        await Assertions.Expect(campaign.Locator("[data-metric=conversion-uplift]")).ToContainTextAsync("pp");
        await AssertAccessibleAsync(page, "/campaigns");

        var coupons = await console.SignedInPageAsync(Roles.Marketing);
        Assert.Equal(200, (await coupons.GotoAsync("coupons"))!.Status);
        await Assertions.Expect(coupons.Locator("[data-coupon=DEMO-WINBACK20] [data-metric=issued]"))
            .ToHaveTextAsync((await campaign.Locator("[data-metric=recipients]").InnerTextAsync()).Trim());
    }
}
