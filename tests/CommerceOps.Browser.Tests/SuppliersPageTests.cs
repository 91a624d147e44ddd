using System.Globalization;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The suppliers page on the generated store: its virtual stock is the demo supplier cloud warehouse's on-hand.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_suppliers_page_shows_the_virtual_stock_of_the_supplier_cloud_warehouse()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.SupplyChain);
        var response = await page.GotoAsync("suppliers");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("供应商与虚拟库存");

        Assert.True(console.VirtualUnits > 0);
        Assert.Equal(console.VirtualUnits.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-virtual-units]").GetAttributeAsync("data-virtual-units"));
        Assert.Equal(console.VirtualUnits.ToString(CultureInfo.InvariantCulture), await page.Locator("tr[data-warehouse=\"WH-CLOUD-SZ\"] [data-on-hand]").GetAttributeAsync("data-on-hand"));
        Assert.Equal(3, await page.Locator("#suppliers-routing-table tbody tr").CountAsync()); // own, supplier, bonded
        await AssertAccessibleAsync(page, "/suppliers");
    }
}
