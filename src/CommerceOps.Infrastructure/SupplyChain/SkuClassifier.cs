using CommerceOps.Domain.SupplyChain;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// ABC and XYZ classes of the SKUs sold in a period, in rank order, computed in DuckDB. Ranking by margin reads the
/// unit costs the caller has loaded with <see cref="SkuCosts.LoadAsync"/> on the same connection.
/// </summary>
public static class SkuClassifier
{
    public static IEnumerable<SkuClassification> Classify(DuckDBConnection connection, ClassificationRequest request)
    {
        request.Validate();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {ClassificationSql.Ctes(request.Basis)}
            SELECT sku, value, share, cumulative_share, abc, weekly_mean, weekly_cv, xyz
            FROM classes
            ORDER BY value DESC, sku
            """;
        ClassificationSql.Bind(command, request);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new SkuClassification(
                reader.GetString(0), reader.GetDecimal(1), reader.GetDouble(2), reader.GetDouble(3),
                Enum.Parse<AbcClass>(reader.GetString(4)), reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6), Enum.Parse<XyzClass>(reader.GetString(7)));
        }
    }

    /// <summary>How many SKUs, and how much of the value, fall in each ABC × XYZ cell.</summary>
    public static IReadOnlyList<AbcXyzCell> Matrix(DuckDBConnection connection, ClassificationRequest request)
    {
        request.Validate();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH {ClassificationSql.Ctes(request.Basis)}
            SELECT abc, xyz, count(*), SUM(value), SUM(share)
            FROM classes
            GROUP BY abc, xyz
            ORDER BY abc, xyz
            """;
        ClassificationSql.Bind(command, request);
        using var reader = command.ExecuteReader();
        var cells = new List<AbcXyzCell>();
        while (reader.Read())
            cells.Add(new AbcXyzCell(Enum.Parse<AbcClass>(reader.GetString(0)), Enum.Parse<XyzClass>(reader.GetString(1)),
                reader.GetInt64(2), reader.GetDecimal(3), reader.GetDouble(4)));
        return cells;
    }
}
