using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales;

/// <summary>A line the customer wants to return: the order line, how many units now, and how many earlier requests already took back.</summary>
public sealed record ReturnItem(OrderLine Line, int Quantity, int AlreadyReturned);
