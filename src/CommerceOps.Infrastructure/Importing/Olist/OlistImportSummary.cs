namespace CommerceOps.Infrastructure.Importing.Olist;

/// <summary>What an Olist import read and wrote. Orders without items cannot be stored (an order has lines) and are counted apart.</summary>
public sealed record OlistImportSummary(
    int Orders, int OrdersImported, int OrdersSkippedAsAlreadyImported, int OrdersWithoutItems, int Delivered,
    int Customers, int CustomersCreated, int Products, int ProductsCreated, int ProductsWithoutRow,
    int Payments, int Reviews, int Sellers, IReadOnlyList<string> TablesMissing, TimeSpan Elapsed);
