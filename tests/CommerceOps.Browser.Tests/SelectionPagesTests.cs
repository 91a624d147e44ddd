using System.Globalization;
using CommerceOps.Browser.Tests.Support;
using CommerceOps.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests;

// The pre-sales and demand pages on the generated store, against numbers read from the files before the server started.
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task The_presales_page_shows_the_open_pre_sales_deposited_units_and_the_candidates_votes()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.SupplyChain);
        var response = await page.GotoAsync("presales");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("预售与投票");

        var numbers = console.Selection;
        Assert.True(numbers.OpenPreSaleUnits > 0);
        await Assertions.Expect(page.Locator($"tr[data-campaign=\"{DemoSelectionNumbers.OpenPreSale}\"] [data-deposited]"))
            .ToHaveAttributeAsync("data-deposited", numbers.OpenPreSaleUnits.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator($"tr[data-candidate=\"{DemoSelectionNumbers.FirstCandidate}\"] [data-votes]"))
            .ToHaveAttributeAsync("data-votes", numbers.FirstCandidateVotes.ToString(CultureInfo.InvariantCulture));
        await AssertAccessibleAsync(page, "/presales");
    }

    [Fact]
    public async Task The_demand_page_counts_every_spelling_of_a_search_term_as_one()
    {
        console.RequireBrowser();
        var page = await console.SignedInPageAsync(Roles.Operations);
        var numbers = console.Selection;
        var response = await page.GotoAsync($"demand?to={numbers.To:yyyy-MM-dd}");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("需求洞察");

        Assert.True(numbers.TentSearches > 0);
        await Assertions.Expect(page.Locator("tr[data-term=\"帐篷\"] [data-searches]"))
            .ToHaveAttributeAsync("data-searches", numbers.TentSearches.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("tr[data-few-term=\"围炉煮茶\"]")).ToHaveCountAsync(1); // the demo's rising term the catalog cannot serve
        await AssertAccessibleAsync(page, "/demand");
    }
}
