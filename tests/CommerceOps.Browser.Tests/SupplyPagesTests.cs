using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The inventory and logistics pages, on the same generated store as the rest of the console tests.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_inventory_page_shows_the_abc_classes_computed_from_the_order_lines()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Analyst);
        var response = await page.GotoAsync("inventory");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("库存与补货");

        var expected = console.Classes;
        var freshness = page.Locator("[data-from]");
        Assert.Equal(Day(expected.From), await freshness.GetAttributeAsync("data-from"));
        Assert.Equal(Day(expected.To), await freshness.GetAttributeAsync("data-to"));
        Assert.Equal(expected.ClassifiedSkus.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-classified-skus]").GetAttributeAsync("data-classified-skus"));
        Assert.Equal(expected.ClassASkus.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-class-a-skus]").GetAttributeAsync("data-class-a-skus"));
        Assert.Equal(9, await page.Locator("#inventory-abc-xyz-table tbody tr").CountAsync());
        await AssertAccessibleAsync(page, "/inventory");

        // The same period entered in the form gives the same figures.
        await page.GetByLabel("开始日期").FillAsync(Day(expected.From));
        await page.GetByLabel("结束日期").FillAsync(Day(expected.To));
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-classified-skus]")).ToHaveAttributeAsync("data-classified-skus", expected.ClassifiedSkus.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Accepting_a_replenishment_line_puts_it_on_a_draft_purchase_order()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.SupplyChain);

        // The demo store has no suppliers and ample stock. Through the API (the signed-in user's cookie), the best
        // sellers get a supplier whose lead time is a year, which puts their reorder points above their stock.
        var supplier = await page.APIRequest.PostAsync("api/v1/purchasing/suppliers", new()
        {
            DataObject = new { code = "SUP-BT", name = "浏览器测试供应商", leadTimeDays = 365, leadTimeSdDays = 1, minimumOrderQuantity = 1, packSize = 1 },
        });
        Assert.True(supplier.Ok, await supplier.TextAsync());
        foreach (var best in console.Classes.TopSkus)
        {
            var item = await page.APIRequest.PutAsync($"api/v1/purchasing/suppliers/SUP-BT/items/{Uri.EscapeDataString(best)}", new()
            {
                DataObject = new { minimumOrderQuantity = 1, packSize = 1, unitCost = 10.5m },
            });
            Assert.True(item.Ok, await item.TextAsync());
        }

        await page.GotoAsync("inventory");
        var row = page.Locator("table.replenishment tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Button) }).First;
        var sku = (await row.GetAttributeAsync("data-sku"))!;
        Assert.Contains(sku, console.Classes.TopSkus);
        var suggested = await row.Locator("[data-suggested]").GetAttributeAsync("data-suggested");
        await row.GetByRole(AriaRole.Button).ClickAsync();

        var notice = page.Locator("[data-accepted]");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        var number = (await notice.GetAttributeAsync("data-accepted"))!;
        var order = page.Locator($"tr[data-purchase-order=\"{number}\"]");
        await Assertions.Expect(order).ToHaveAttributeAsync("data-status", "draft");
        await Assertions.Expect(order).ToContainTextAsync("SUP-BT");

        var stored = await page.APIRequest.GetAsync($"api/v1/purchasing/purchase-orders/{number}");
        var body = await stored.TextAsync();
        Assert.Contains($"\"sku\":\"{sku}\"", body);
        Assert.Contains($"\"quantity\":{suggested}", body);
        await AssertAccessibleAsync(page, "/inventory after accepting");
    }

    [Fact]
    public async Task The_logistics_page_shows_promise_kept_rates_and_late_shipments_of_the_imported_orders()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Operations);
        var response = await page.GotoAsync("logistics");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("物流履约");

        var delivered = PromiseSample.Orders.Where(o => o.Kept is not null).ToList();
        var overall = page.Locator("[data-kept]");
        Assert.Equal(delivered.Count(o => o.Kept == true).ToString(CultureInfo.InvariantCulture), await overall.GetAttributeAsync("data-kept"));
        Assert.Equal(delivered.Count.ToString(CultureInfo.InvariantCulture), await overall.GetAttributeAsync("data-orders"));

        foreach (var region in delivered.GroupBy(o => o.State))
        {
            var cells = await page.Locator("#logistics-regions-table tbody tr").Filter(new() { Has = page.Locator($"th:text-is(\"{region.Key}\")") })
                .Locator("td").AllTextContentsAsync();
            Assert.Equal(region.Count().ToString(CultureInfo.InvariantCulture), cells[0].Trim());
            Assert.Equal(region.Count(o => o.Kept == true).ToString(CultureInfo.InvariantCulture), cells[1].Trim());
        }

        var late = await page.Locator("table.late-shipments tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.order)");
        Assert.Equal(PromiseSample.Orders.Where(o => o.Late).Select(o => o.Id).Order(StringComparer.Ordinal), late.Order(StringComparer.Ordinal));
        await AssertAccessibleAsync(page, "/logistics");
    }
}
