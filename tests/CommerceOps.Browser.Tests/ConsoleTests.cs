using System.Globalization;
using System.Net;
using System.Text;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

public sealed partial class ConsoleTests(ConsoleFixture console) : IClassFixture<ConsoleFixture>
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task A_visitor_is_sent_to_the_login_page_and_the_api_answers_401()
    {
        console.RequireBrowser();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = console.Address };
        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_shows_todays_demo_gmv_as_computed_from_the_analytics_file()
    {
        console.RequireBrowser();
        var page = await console.NewPageAsync();
        await page.GotoAsync("");
        Assert.Contains("/login", page.Url);
        await ConsoleFixture.SignInAsync(page, console.Login(Roles.Operations));

        var day = await page.Locator("[data-today]").GetAttributeAsync("data-today");
        var expected = console.ExpectedGmv(day!);
        var shown = await page.Locator("[data-metric=gmv] .kpi-value").GetAttributeAsync("data-value");
        Assert.Equal(expected, decimal.Parse(shown!, CultureInfo.InvariantCulture));
        Assert.Equal("¥" + expected.ToString("N2", CultureInfo.GetCultureInfo("zh-CN")), (await page.Locator("[data-metric=gmv] .kpi-value").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Every_console_page_opens_and_has_no_serious_accessibility_violations()
    {
        console.RequireBrowser();
        var anonymous = await console.NewPageAsync();
        await anonymous.GotoAsync("login");
        await AssertAccessibleAsync(anonymous, "login");

        var page = await console.SignedInPageAsync(Roles.Admin);
        // The navigation lists every page that exists, so a new page is tested as soon as it is in the nav.
        var links = await page.Locator("nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("", links);
        foreach (var href in links)
        {
            var response = await page.GotoAsync(href);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await AssertAccessibleAsync(page, "/" + href);
            foreach (var toggle in await page.Locator("[data-chart-toggle]").AllAsync()) await toggle.ClickAsync();
            await AssertAccessibleAsync(page, "/" + href + " (table view)");
        }
    }

    [Fact]
    public async Task The_console_switches_to_english_and_back()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Analyst);
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("概览");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Overview");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Today so far");
        await AssertAccessibleAsync(page, "/ in English");

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("今日概览");
    }

    [Fact]
    public async Task Large_text_mode_is_kept_in_a_cookie()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Marketing);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "大字模式" });
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("large-text");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("large-text");
        await AssertAccessibleAsync(page, "/ in large text");
        await page.GetByRole(AriaRole.Button, new() { Name = "大字模式" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).Not.ToHaveClassAsync("large-text");
    }

    [Fact]
    public async Task A_chart_shows_its_data_as_a_table_and_exports_it_as_csv_and_excel()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Operations);
        var table = page.Locator("#overview-hourly-table");
        await Assertions.Expect(table).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#overview-hourly-chart svg")).ToBeVisibleAsync();
        // The interactive render replaces the prerendered DOM; toggle only once the page is live.
        await Assertions.Expect(page.Locator(".freshness[data-live=true]")).ToBeAttachedAsync();
        await page.Locator("[data-chart-toggle=overview-hourly]").ClickAsync();
        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.Equal(24, await table.Locator("tbody tr").CountAsync());

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出 CSV: 分小时 GMV：今日与昨日" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await csvDownload.PathAsync())!, Encoding.UTF8);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("小时,今日 GMV,昨日 GMV,今日订单,昨日订单", lines[0].TrimStart('\uFEFF').TrimEnd('\r').Replace("\"", ""));
        Assert.Equal(25, lines.Length);
        Assert.EndsWith(".csv", csvDownload.SuggestedFilename);

        var xlsxDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出 Excel: 分小时 GMV：今日与昨日" }).ClickAsync());
        var xlsx = await File.ReadAllBytesAsync((await xlsxDownload.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.EndsWith(".xlsx", xlsxDownload.SuggestedFilename);
    }

    [Fact]
    public async Task The_gmv_tree_shows_the_weeks_demo_gmv_as_computed_from_the_analytics_file()
    {
        console.RequireBrowser();
        var (from, to) = LastDemoWeek();
        var expected = Enumerable.Range(0, 7).Sum(d => console.GmvByDay.GetValueOrDefault(from.AddDays(d)));
        Assert.True(expected > 0, "the demo store has sales in its last week");

        var page = await console.SignedInPageAsync(Roles.Analyst);
        var response = await page.GotoAsync($"gmv?from={Day(from)}&to={Day(to)}&by=province");
        Assert.Equal(200, response!.Status);
        var shown = await page.Locator("[data-factor=gmv] td[data-value]").GetAttributeAsync("data-value");
        Assert.Equal(expected, decimal.Parse(shown!, CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#gmv-breakdown-title")).ToContainTextAsync("省份");
        await AssertAccessibleAsync(page, "/gmv by province");
    }

    [Fact]
    public async Task The_funnel_shows_the_users_per_step_computed_from_the_raw_events()
    {
        console.RequireBrowser();
        var (from, to) = LastDemoWeek();
        var expected = console.Funnel.UsersPerStep(StartOf(from), StartOf(to.AddDays(1)));
        Assert.True(expected[^1] > 0, "demo users purchase through the default funnel");

        var page = await console.SignedInPageAsync(Roles.Marketing);
        await page.GotoAsync($"funnel?from={Day(from)}&to={Day(to)}");
        string[] steps = ["home", "list", "product", "cart", "payment", "purchase"];
        for (var i = 0; i < steps.Length; i++)
        {
            var shown = await page.Locator($"[data-step={steps[i]}] .kpi-value").GetAttributeAsync("data-value");
            Assert.Equal(expected[i], long.Parse(shown!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_funnel_form_says_what_is_wrong_with_an_unknown_step()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Analyst);
        await page.GotoAsync("funnel");
        await page.GetByLabel("步骤（逗号分隔）").FillAsync("home,nowhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nowhere");
        Assert.Contains("steps=home%2Cnowhere", page.Url);
    }

    [Fact]
    public async Task The_operations_map_uses_the_map_s_province_names_and_the_marketing_page_lists_channels()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Admin);
        await page.GotoAsync("operations");
        await Assertions.Expect(page.Locator("#operations-provinces-chart svg")).ToBeVisibleAsync();
        var provinces = await page.Locator("#operations-provinces-table tbody th").AllInnerTextsAsync();
        Assert.NotEmpty(provinces);
        Assert.DoesNotContain(provinces, p => p.EndsWith('省') || p.EndsWith("自治区", StringComparison.Ordinal));
        Assert.Equal(7, await page.Locator("#operations-heat-map-table tbody tr").CountAsync());

        await page.GotoAsync("marketing");
        Assert.True(await page.Locator("#marketing-roi-table tbody tr").CountAsync() > 0);
    }

    /// <summary>The last seven China-time days of the demo store that end before today (today is still running).</summary>
    private (DateOnly From, DateOnly To) LastDemoWeek()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ConsoleFixture.Shanghai).DateTime);
        var to = console.GmvByDay.Keys.Where(d => d < today).DefaultIfEmpty(today.AddDays(-1)).Max();
        return (to.AddDays(-6), to);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ConsoleFixture.Shanghai);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_segments_page_counts_the_customers_computed_from_the_analytics_file()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Marketing);
        var response = await page.GotoAsync("segments");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("客户分群（RFM）");

        var asOf = await page.Locator("[data-as-of]").GetAttributeAsync("data-as-of");
        var expected = console.ExpectedRfmCustomers(asOf!);
        Assert.True(expected > 0, "the demo store has customers before " + asOf);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), await page.Locator("data[data-metric=customers]").GetAttributeAsync("value"));
        // The heat map's 25 cells and the segments hold every customer once.
        var cells = await page.Locator("#segments-heatmap-table tbody td").AllInnerTextsAsync();
        Assert.Equal(25, cells.Count);
        Assert.Equal(expected, cells.Sum(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"))));
        await Assertions.Expect(page.Locator("#segments-sizes-table")).ToContainTextAsync("重要价值客户");

        // An earlier date through the form: fewer (or as many) customers, still matching the independent count.
        var earlier = DateOnly.ParseExact(asOf!, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("统计日期").FillAsync(earlier);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-as-of]")).ToHaveAttributeAsync("data-as-of", earlier);
        Assert.Equal(console.ExpectedRfmCustomers(earlier).ToString(CultureInfo.InvariantCulture),
            await page.Locator("data[data-metric=customers]").GetAttributeAsync("value"));
        await AssertAccessibleAsync(page, "/segments?asOf=" + earlier);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Customer segments (RFM)");
        await Assertions.Expect(page.Locator("#segments-sizes-table")).ToContainTextAsync("Champions");
    }

    private static async Task AssertAccessibleAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {where}: " + string.Join("; ", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
