using System.Security.Claims;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Ordering;

/// <summary>Carts: add lines over several visits, then check out into an order (the buy-now path skips the cart).</summary>
public static class CartsApi
{
    public sealed record NewCart(string? CustomerCode);

    public sealed record CartLineRequest(string? Sku, int? Quantity);

    public sealed record CartCheckoutRequest(string? Channel, PaymentMethod? PaymentMethod, Customers.CustomersApi.AddressRequest? Address, string? Remarks,
        List<string>? CouponCodes = null, List<string>? ReturnPolicyConfirmations = null);

    public static void MapCartsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/carts").WithTags("Carts").RequireRoles(Roles.Storefront);

        group.MapPost("/", async (NewCart request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.CustomerCode, "customerCode", 64).ThrowIfAny();
            var cart = await uow.RunAsync(async ct =>
            {
                var customerId = await db.Customers.Where(c => c.Code == request.CustomerCode).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct)
                    ?? throw new NotFoundException($"Customer '{request.CustomerCode}' does not exist.", "customerCode");
                var cart = new Cart(Guid.CreateVersion7(), customerId, time.GetUtcNow());
                db.Carts.Add(cart);
                return cart;
            }, ct);
            return Results.Created($"/api/v1/carts/{cart.Id}", View(cart));
        });

        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, CommerceDbContext db, CancellationToken ct) =>
            await db.Carts.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id, ct) is { } cart
                ? Results.Ok(View(cart)) : Results.Problem(title: "The cart does not exist.", statusCode: 404));

        group.MapPut("/{id:guid}/lines", async (Guid id, CartLineRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Sku, "sku", 64)
                .Require(request.Quantity is >= 0 and <= Order.MaxQuantityPerLine, "quantity", $"quantity is between 0 and {Order.MaxQuantityPerLine}.")
                .ThrowIfAny();
            var cart = await uow.RunAsync(async ct =>
            {
                if (!await db.Skus.AnyAsync(s => s.Code == request.Sku, ct)) throw new NotFoundException($"SKU '{request.Sku}' does not exist.", "sku");
                var cart = await LoadAsync(db, id, ct);
                cart.SetQuantity(request.Sku!, request.Quantity!.Value, time.GetUtcNow());
                return cart;
            }, ct);
            return Results.Ok(View(cart));
        });

        group.MapPost("/{id:guid}/checkout", async (Guid id, CartCheckoutRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            CommerceDbContext db, UnitOfWork uow, CheckoutService checkout, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var cart = await db.Carts.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new NotFoundException("The cart does not exist.");
            if (cart.Lines.Count == 0) throw new DomainException("The cart is empty.", "lines");
            var customerCode = await db.Customers.Where(c => c.Id == cart.CustomerId).Select(c => c.Code).SingleAsync(ct);
            var command = new PlaceOrderRequest(customerCode, request.Channel, request.PaymentMethod, request.Address, request.Remarks,
                cart.Lines.Select(l => new LineRequest(l.SkuCode, l.Quantity)).ToList(), request.CouponCodes, request.ReturnPolicyConfirmations).ToCommand();
            var (order, created) = await checkout.PlaceAsync(command, idempotencyKey, ct);
            if (created) await uow.RunAsync(async ct => (await LoadAsync(db, id, ct)).Clear(time.GetUtcNow()), ct);
            var view = OrderView.From(order, user);
            return created ? Results.Created($"/api/v1/orders/{order.Number}", view) : Results.Ok(view);
        });
    }

    private static async Task<Cart> LoadAsync(CommerceDbContext db, Guid id, CancellationToken ct) =>
        await db.Carts.Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The cart does not exist.");

    private static object View(Cart cart) => new { cart.Id, lines = cart.Lines.Select(l => new { sku = l.SkuCode, l.Quantity }), cart.UpdatedAt };
}
