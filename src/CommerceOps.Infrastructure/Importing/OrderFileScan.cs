namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// What the validation pass learns about a file, all of it proportional to the distinct orders, customers and SKUs
/// rather than to the rows: the import pass creates customers and products from it before streaming the orders.
/// </summary>
public sealed class OrderFileScan(int keepProblems)
{
    public ImportProblems Problems { get; } = new(keepProblems);
    public long Rows { get; set; }
    public int Cancellations { get; set; }
    public int GuestOrders { get; set; }

    /// <summary>Every order number in the file.</summary>
    public HashSet<string> OrderNumbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Orders whose lines are not contiguous: the import holds their lines back until the end of the file.</summary>
    public HashSet<string> ScatteredOrders { get; } = new(StringComparer.Ordinal);

    /// <summary>Customer code → the time of their first order in the file.</summary>
    public Dictionary<string, DateTimeOffset> Customers { get; } = new(StringComparer.Ordinal);

    /// <summary>SKU code → the title and price of its first line in the file.</summary>
    public Dictionary<string, (string Title, decimal Price, DateTimeOffset FirstSoldAt)> Skus { get; } = new(StringComparer.Ordinal);
}
