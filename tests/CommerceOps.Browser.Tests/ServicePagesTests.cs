using System.Globalization;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The service desk, knowledge base and service KPI pages, on the same generated store as the rest of the console tests.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_service_kpi_page_shows_the_first_response_share_of_the_demo_tickets()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Service);
        var response = await page.GotoAsync("service-kpis");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("客服指标");

        var expected = console.ServiceKpis;
        Assert.True(expected.Tickets > 0, "the demo generator seeds tickets");
        Assert.Equal(expected.Tickets.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-kpi=tickets]").GetAttributeAsync("data-value"));
        Assert.Equal(expected.FirstResponseWithinSla.ToString(CultureInfo.InvariantCulture),
            await page.Locator("[data-kpi=first-response-sla]").GetAttributeAsync("data-value"));
    }

    [Fact]
    public async Task The_service_desk_opens_a_ticket_with_its_customer_and_filled_in_templates_and_the_kb_finds_past_cases()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Service);
        await page.GotoAsync("service-desk");
        var first = page.Locator("table.ticket-queue tbody tr th a").First;
        await first.ClickAsync();
        await Assertions.Expect(page.Locator(".ticket-detail h2")).ToContainTextAsync("工单 T");
        await Assertions.Expect(page.Locator(".customer-context")).ToBeVisibleAsync();
        Assert.DoesNotContain("{customer_name}", await page.Locator(".reply-templates").InnerTextAsync());
        await AssertAccessibleAsync(page, "/service-desk?ticket");

        await page.GotoAsync("kb?q=" + Uri.EscapeDataString("快递签收了但是没收到"));
        var hits = int.Parse((await page.Locator("[data-hits]").GetAttributeAsync("data-hits"))!, CultureInfo.InvariantCulture);
        Assert.True(hits > 0);
        await AssertAccessibleAsync(page, "/kb?q");
    }
}
