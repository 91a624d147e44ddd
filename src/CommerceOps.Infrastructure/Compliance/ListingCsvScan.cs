using System.Globalization;
using System.Text;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Importing;
using CsvHelper;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// <c>compliance scan</c>: reads <c>product_id,category,title,description</c> (UTF-8 with a header) and writes one row per
/// finding as <c>product_id,field,start,length,matched,rule_id,severity</c>, offsets in UTF-16 units of the original cell.
/// A file with bad rows writes nothing: the findings go to a temporary file that replaces the output only on success.
/// </summary>
public sealed class ListingCsvScan(AdLawChecker checker)
{
    public const string ProductId = "product_id";
    public const string Category = "category";
    public const string Title = "title";
    public const string Description = "description";
    public const int MaxReportedProblems = 20;

    public static readonly IReadOnlyList<string> InputColumns = [ProductId, Category, Title, Description];
    public static readonly IReadOnlyList<string> OutputColumns = [ProductId, "field", "start", "length", "matched", "rule_id", "severity"];

    /// <summary>Scans the file; throws <see cref="ImportRefusedException"/> with row and column problems for bad input.</summary>
    public ListingScanSummary Run(string inputPath, string outputPath, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems(MaxReportedProblems);
        var temporary = outputPath + ".tmp-" + Guid.NewGuid().ToString("N");
        var rows = 0L;
        var findings = 0L;
        var blocked = 0L;
        try
        {
            using (var source = new CsvRecordSource(inputPath, InputColumns, problems))
            using (var writer = CsvWriter.Create(new StreamWriter(temporary, false, new UTF8Encoding(false)), CsvWriterOptions.Default, leaveOpen: false))
            {
                writer.WriteHeader([.. OutputColumns]);
                foreach (var record in source.Records())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    rows++;
                    if (Read(record, problems) is not { } listing) continue;
                    var found = checker.Check(listing.Text, ScanContext.None);
                    foreach (var f in found)
                        writer.WriteRecord([listing.ProductId, f.Field, Number(f.Start), Number(f.Length), f.Matched, f.RuleId, f.Severity.ToWire()]);
                    findings += found.Count;
                    if (found.Any(f => f.Severity == FindingSeverity.Block)) blocked++;
                }
            }
            if (problems.Count > 0) throw new ImportRefusedException(inputPath, problems.Kept, problems.Count);
            File.Move(temporary, outputPath, overwrite: true);
            return new ListingScanSummary(rows, findings, blocked);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static (string ProductId, ListingText Text)? Read(CsvRecord record, ImportProblems problems)
    {
        var before = problems.Count;
        var id = CsvCells.Required(record, ProductId, problems);
        var category = record[Category] ?? "";
        if (!CategoryKeys.IsKnown(category))
            problems.Add(record.LineNumber, Category, $"'{category}' is not one of {string.Join(", ", CategoryKeys.All)}");
        if (problems.Count > before) return null;
        return (id!, new ListingText(category,
            [new ListingField(ListingText.Title, record.Raw(Title) ?? ""), new ListingField(ListingText.Description, record.Raw(Description) ?? "")]));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed record ListingScanSummary(long Rows, long Findings, long ProductsBlocked);
