using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The content page, on the same generated store as the rest of the console tests.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_content_page_shows_the_gmv_each_live_stream_earned_under_last_touch_attribution()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Marketing);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ConsoleFixture.Shanghai).DateTime);
        var first = today.AddDays(-29);
        var response = await page.GotoAsync($"content?from={Day(first)}&to={Day(today)}");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("私域与内容");

        var expected = console.Content.GmvByContent(
            new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), ConsoleFixture.Shanghai),
            new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), ConsoleFixture.Shanghai));
        var rows = page.Locator("table.live-streams tbody tr");
        Assert.Equal(2, await rows.CountAsync()); // the demo's two live streams
        for (var i = 0; i < 2; i++)
        {
            var id = long.Parse((await rows.Nth(i).GetAttributeAsync("data-content-id"))!, CultureInfo.InvariantCulture);
            var gmv = decimal.Parse((await rows.Nth(i).GetAttributeAsync("data-gmv"))!, CultureInfo.InvariantCulture);
            Assert.True(expected[id] > 0);
            Assert.Equal(expected[id], gmv);
        }
        var total = await page.Locator("data[data-metric=attributed-gmv]").GetAttributeAsync("value");
        Assert.Equal(expected.Values.Sum(), decimal.Parse(total!, CultureInfo.InvariantCulture));
        await AssertAccessibleAsync(page, "/content");
    }
}
