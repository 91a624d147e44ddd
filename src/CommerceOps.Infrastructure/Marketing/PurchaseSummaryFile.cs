using System.Globalization;
using CommerceOps.Domain.Marketing.Lifetime;
using CommerceOps.Infrastructure.Importing;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// A per-customer summary CSV with columns <c>ID,x,t_x,T</c> and optionally <c>zbar</c> (the layout of the CDNOW
/// summaries). Read whole or refused with every problem's line and column.
/// </summary>
public static class PurchaseSummaryFile
{
    public const string Id = "ID";
    public const string X = "x";
    public const string TX = "t_x";
    public const string T = "T";
    public const string MeanValue = "zbar";
    private const int MaxReportedProblems = 50;

    /// <summary>The histories in file order; throws <see cref="ImportRefusedException"/> when any row is bad.</summary>
    public static IReadOnlyList<PurchaseHistory> Read(string path)
    {
        var hasMeanValue = HeaderOf(path).Contains(MeanValue);
        IReadOnlyList<string> columns = hasMeanValue ? [Id, X, TX, T, MeanValue] : [Id, X, TX, T];
        var problems = new ImportProblems(MaxReportedProblems);
        var histories = new List<PurchaseHistory>();
        using (var source = new CsvRecordSource(path, columns, problems))
        {
            foreach (var record in source.Records())
            {
                var before = problems.Count;
                CsvCells.Required(record, Id, problems);
                var x = Number(record, X, problems);
                var tx = Number(record, TX, problems);
                var t = Number(record, T, problems);
                var z = hasMeanValue ? Number(record, MeanValue, problems, allowNegative: true) : null;
                if (problems.Count > before) continue;
                if (x != Math.Floor(x!.Value)) problems.Add(record.LineNumber, X, $"'{record[X]}' is not a whole number of repeat purchases");
                else if (tx > t) problems.Add(record.LineNumber, TX, $"the last purchase ({tx}) is after the end of observation T ({t})");
                else if (t <= 0) problems.Add(record.LineNumber, T, "the observation period T must be positive");
                else if (x == 0 && tx != 0) problems.Add(record.LineNumber, TX, "a customer without repeat purchases has t_x = 0");
                else histories.Add(new PurchaseHistory(x.Value, tx!.Value, t!.Value, z));
            }
        }
        if (problems.Count > 0) throw new ImportRefusedException(path, problems.Kept, problems.Count);
        return histories;
    }

    private static HashSet<string> HeaderOf(string path)
    {
        using var reader = new StreamReader(path);
        return (reader.ReadLine() ?? "").Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
    }

    private static double? Number(CsvRecord record, string column, ImportProblems problems, bool allowNegative = false)
    {
        var text = record[column] ?? "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && (allowNegative || value >= 0))
            return value;
        problems.Add(record.LineNumber, column, $"'{text}' is not a {(allowNegative ? "" : "non-negative ")}number");
        return null;
    }
}
