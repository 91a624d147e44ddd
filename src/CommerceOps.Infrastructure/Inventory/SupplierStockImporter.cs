using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Inventory;

/// <summary>
/// Imports supplier-published stock from <c>warehouse,sku,quantity</c> (a supplier cloud warehouse's code, a SKU code,
/// the units on its shelf for this platform). All or nothing; problems name the line and the column.
/// </summary>
public sealed class SupplierStockImporter(UnitOfWork unitOfWork, VirtualStockPublisher publisher)
{
    public static readonly IReadOnlyList<string> Columns = ["warehouse", "sku", "quantity"];

    public const int MaxReportedProblems = 20;

    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems(MaxReportedProblems);
        var lines = new List<(long Line, SupplierStockLine Stock)>();
        using (var source = new CsvRecordSource(path, Columns, problems))
        {
            foreach (var record in source.Records())
            {
                var warehouse = CsvCells.Required(record, "warehouse", problems);
                var sku = CsvCells.Required(record, "sku", problems);
                var quantity = CsvCells.WholeNumber(record, "quantity", problems);
                if (warehouse is not null && sku is not null && quantity is { } units)
                    lines.Add((record.LineNumber, new SupplierStockLine(warehouse, sku, units)));
            }
        }
        var stock = lines.Select(l => l.Stock).ToList();
        foreach (var (index, refusal) in await publisher.CheckAsync(stock, cancellationToken))
            problems.Add(lines[index].Line, refusal.Field, refusal.Message);
        if (problems.Count > 0) throw new ImportRefusedException(path, problems.Kept, problems.Count);
        return await unitOfWork.RunAsync(ct => publisher.PublishAsync(stock, ct), cancellationToken);
    }
}
