using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Ordering;

public sealed record PlaceOrderCommand(
    string CustomerCode,
    string Channel,
    PaymentMethod PaymentMethod,
    PostalAddress Address,
    string? Remarks,
    IReadOnlyList<RequestedLine> Lines,
    IReadOnlyList<string>? CouponCodes = null,
    IReadOnlyList<string>? ReturnPolicyConfirmations = null);

public sealed record RequestedLine(string Sku, int Quantity);
