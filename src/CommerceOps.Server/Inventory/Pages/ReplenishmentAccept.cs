using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CommerceOps.Server.Inventory.Pages;

/// <summary>
/// The inventory page's "accept" button: a plain form post (antiforgery checked) that puts the suggested quantity on the
/// open draft purchase order for the SKU's supplier and warehouse, then returns to the page with the outcome.
/// </summary>
public static class ReplenishmentAccept
{
    public const string Path = "/console/inventory/accept";

    public static void MapReplenishmentAccept(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, async ([FromForm] string sku, [FromForm] string warehouse, [FromForm] int quantity,
            [FromForm] string? from, [FromForm] string? to, PurchasingService purchasing, CancellationToken ct) =>
        {
            var back = new Dictionary<string, string?> { ["from"] = from, ["to"] = to, ["sku"] = sku, ["warehouse"] = warehouse };
            try
            {
                if (quantity is < 1 or > 1_000_000) throw new DomainException("quantity is between 1 and 1,000,000.", "quantity");
                var order = await purchasing.AcceptSuggestionAsync(sku, warehouse, quantity, ct);
                back["accepted"] = order.Number;
                back["quantity"] = quantity.ToString(CultureInfo.InvariantCulture);
            }
            catch (DomainException e)
            {
                back["error"] = e.Message;
            }
            return Results.LocalRedirect("~/inventory" + QueryString.Create(back.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent());
        }).RequireRoles(Roles.SupplyChain).ExcludeFromDescription();
}
