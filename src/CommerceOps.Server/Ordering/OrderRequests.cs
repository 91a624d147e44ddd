using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Server.Customers;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Ordering;

public sealed record LineRequest(string? Sku, int? Quantity);

public sealed record PlaceOrderRequest(
    string? CustomerCode, string? Channel, PaymentMethod? PaymentMethod, CustomersApi.AddressRequest? Address, string? Remarks, List<LineRequest>? Lines,
    List<string>? CouponCodes = null, List<string>? ReturnPolicyConfirmations = null)
{
    /// <summary>Checks the shape of the request; business rules (stock, SKU exists) are the domain's.</summary>
    public PlaceOrderCommand ToCommand()
    {
        var v = new RequestValidation()
            .Text(CustomerCode, "customerCode", 64)
            .Require(Channel is null || Channels.All.Contains(Channel), "channel", $"channel is one of {string.Join(", ", Channels.All)}.")
            .Require(PaymentMethod is Domain.Ordering.PaymentMethod.QuickPay or Domain.Ordering.PaymentMethod.CashOnDelivery, "paymentMethod", "paymentMethod is quick_pay or cash_on_delivery.")
            .Require(Address is not null, "address", "address is required.")
            .Text(Remarks, "remarks", Order.MaxRemarksLength, required: false)
            .Require(Lines is { Count: > 0 and <= Order.MaxLines }, "lines", $"An order has 1 to {Order.MaxLines} lines.")
            .Require(ReturnPolicyConfirmations is null || ReturnPolicyConfirmations.Count <= Order.MaxLines && ReturnPolicyConfirmations.All(c => c is { Length: > 0 and <= 64 }),
                "returnPolicyConfirmations", $"At most {Order.MaxLines} SKU codes of 1 to 64 characters.")
            .Require(CouponCodes is null || CouponCodes.Count <= MaxCoupons && CouponCodes.All(c => c is { Length: > 0 and <= 64 }), "couponCodes", $"At most {MaxCoupons} coupon codes of 1 to 64 characters.");
        for (var i = 0; i < (Lines?.Count ?? 0); i++)
        {
            v.Text(Lines![i].Sku, $"lines[{i}].sku", 64)
                .Require(Lines[i].Quantity is >= 1 and <= Order.MaxQuantityPerLine, $"lines[{i}].quantity", $"quantity is between 1 and {Order.MaxQuantityPerLine}.");
        }
        v.ThrowIfAny();
        return new PlaceOrderCommand(CustomerCode!, Channel ?? Channels.Organic, PaymentMethod!.Value, CustomersApi.ToAddress(Address!), Remarks,
            Lines!.Select(l => new RequestedLine(l.Sku!, l.Quantity!.Value)).ToList(), CouponCodes, ReturnPolicyConfirmations);
    }

    public const int MaxCoupons = 10;
}

/// <param name="Verification">How the device confirmed: <c>biometric</c> (fingerprint/face, needs separate consent) or <c>password</c> (default).</param>
public sealed record PaymentRequestBody(string? Token, string? Verification = null);

public sealed record DeliveryChangeRequest(CustomersApi.AddressRequest? Address, string? Remarks);

public sealed record CancelRequest(string? Reason);
