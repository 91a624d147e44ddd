using CommerceOps.Domain.Ordering;

namespace CommerceOps.Infrastructure.Importing;

/// <summary>One valid row of an order file, in the store's terms. Order-level fields are read from an order's first line.</summary>
/// <param name="LineNumber">The physical line in the file (the header is line 1).</param>
/// <param name="CustomerCode">Null for a guest order.</param>
public sealed record ImportedOrderLine(
    long LineNumber,
    string OrderNumber,
    string? CustomerCode,
    string SkuCode,
    string ProductTitle,
    int Quantity,
    decimal UnitPrice,
    DateTimeOffset OrderedAt,
    string Channel,
    string Province,
    string City,
    OrderStatus Status);
