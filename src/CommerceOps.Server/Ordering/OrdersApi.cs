using System.Security.Claims;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Payments;
using CommerceOps.Server.Customers;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CommerceOps.Server.Ordering;

/// <summary>
/// Orders for storefronts (buy now, pay, change address or remarks, cancel) and for staff. A purchase takes
/// two calls here — POST /orders and POST /orders/{number}/payments — after search and product detail.
/// </summary>
public static class OrdersApi
{
    public static void MapOrdersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders").WithTags("Orders");

        group.MapPost("/", async (PlaceOrderRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            CheckoutService checkout, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (order, created) = await checkout.PlaceAsync(request.ToCommand(), idempotencyKey, ct);
            var view = OrderView.From(order, user);
            return created ? Results.Created($"/api/v1/orders/{order.Number}", view) : Results.Ok(view);
        }).RequireRoles(Roles.Storefront);

        group.MapGet("/{number}", async Task<IResult> (string number, OrderService orders, ClaimsPrincipal user, CancellationToken ct) =>
            await orders.FindAsync(number, ct) is { } order
                ? Results.Ok(OrderView.From(order, user))
                : Results.Problem(title: $"Order '{number}' does not exist.", statusCode: 404))
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        group.MapPost("/{number}/payments", async (string number, PaymentRequestBody request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            PaymentService payments, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Token, "token", 512)
                .Require(request.Verification is null or "biometric" or "password", "verification", "verification is biometric or password.").ThrowIfAny();
            var (payment, order) = await payments.PayAsync(number, request.Token!, idempotencyKey, ct, biometric: request.Verification == "biometric");
            var body = new
            {
                payment = new { payment.Id, payment.Status, payment.Method, payment.Amount, payment.Currency, payment.ProviderReference, payment.FailureReason },
                order = OrderView.From(order, user),
            };
            return payment.Status == Domain.Payments.PaymentStatus.Succeeded
                ? Results.Ok(body)
                : Results.Json(body, statusCode: StatusCodes.Status402PaymentRequired);
        }).RequireRoles(Roles.Storefront);

        group.MapPatch("/{number}/delivery", async (string number, DeliveryChangeRequest request, OrderService orders, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Address is not null || request.Remarks is not null, "body", "Send an address, remarks, or both.")
                .Text(request.Remarks, "remarks", Domain.Ordering.Order.MaxRemarksLength, required: false)
                .ThrowIfAny();
            var address = request.Address is null ? null : CustomersApi.ToAddress(request.Address);
            return Results.Ok(OrderView.From(await orders.ChangeDeliveryAsync(number, address, request.Remarks, ct), user));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        group.MapPost("/{number}/cancel", async (string number, CancelRequest request, OrderService orders, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Reason, "reason", 500, required: false).ThrowIfAny();
            return Results.Ok(OrderView.From(await orders.CancelAsync(number, request.Reason ?? "cancelled by customer", ct), user));
        }).RequireRoles(Roles.Storefront, Roles.Service, Roles.Operations);

        group.MapPost("/{number}/complete", async (string number, OrderService orders, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(OrderView.From(await orders.CompleteAsync(number, ct), user)))
            .RequireRoles(Roles.Storefront, Roles.Operations);
    }
}
