namespace CommerceOps.Infrastructure.Importing;

/// <summary>What an import read and wrote. Orders already in the store (same order number) are skipped, not duplicated.</summary>
public sealed record ImportSummary(
    string Format,
    long RowsRead,
    int Orders,
    int OrdersImported,
    int OrdersSkippedAsAlreadyImported,
    int Cancellations,
    int GuestOrders,
    int Customers,
    int CustomersCreated,
    int Products,
    int ProductsCreated,
    TimeSpan Elapsed);
