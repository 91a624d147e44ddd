using System.Security.Claims;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Identity;

namespace CommerceOps.Server.Ordering;

/// <summary>A line: <see cref="Discount"/> is the promotions' allocation to it, <see cref="LineTotal"/> what is paid for it.</summary>
public sealed record OrderLineView(string Sku, string Title, int Quantity, decimal UnitPrice, decimal Discount, decimal LineTotal);

public sealed record OrderHistoryView(OrderStatus? From, OrderStatus To, DateTimeOffset At, string? Reason);

/// <summary>An order as the API shows it; the address is masked for roles that do not deliver or serve.</summary>
public sealed record OrderView(
    string Number, OrderStatus Status, PaymentMethod PaymentMethod, string Channel, string? CustomerCode, decimal Total, string Currency,
    DateTimeOffset PlacedAt, DateTimeOffset? PaymentDueAt, DateTimeOffset? PaidAt, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt,
    PostalAddress? Address, string Remarks, bool CanChangeDelivery, IReadOnlyList<OrderLineView> Lines, IReadOnlyList<OrderHistoryView> History,
    IReadOnlyList<OrderPromotion> Promotions, DeliveryPromiseView? Promise)
{
    private static readonly string[] UnmaskedRoles = [Roles.Admin, Roles.Service, Roles.Storefront, Roles.SupplyChain, Roles.Risk];

    public static OrderView From(Order o, ClaimsPrincipal user)
    {
        var address = o.ShippingAddress;
        if (address is not null && !UnmaskedRoles.Any(user.IsInRole))
            address = address with { Recipient = PersonalDataMask.Name(address.Recipient)!, Phone = PersonalDataMask.Phone(address.Phone)!, Line = PersonalDataMask.Line(address.Line) };
        return new OrderView(o.Number, o.Status, o.PaymentMethod, o.Channel, o.CustomerCode, o.Total, o.Currency, o.PlacedAt, o.PaymentDueAt,
            o.PaidAt, o.ShippedAt, o.DeliveredAt, address, o.Remarks, o.CanChangeDelivery,
            o.Lines.Select(l => new OrderLineView(l.SkuCode, l.ProductTitle, l.Quantity, l.UnitPrice, l.Discount, l.LineTotal)).ToList(),
            o.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new OrderHistoryView(h.From, h.To, h.At, h.Reason)).ToList(),
            o.Promotions, DeliveryPromiseView.From(o));
    }
}
