using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A prepared, parameterized single-row UPDATE built from the EF model, the counterpart of <see cref="PreparedInsert"/>:
/// <c>UPDATE "table" SET "a" = @p0, … WHERE "key" = @pN AND …</c>, each value converted by its column's type mapping.
/// The WHERE columns can include a concurrency token, so a row changed since it was read is not overwritten.
/// </summary>
public sealed class PreparedUpdate : IDisposable
{
    private readonly PreparedCommand _statement;

    /// <param name="set">The columns written, in the order their values come first in <see cref="ExecuteAsync"/>.</param>
    /// <param name="where">The columns that identify the row, their values after those of <paramref name="set"/>.</param>
    public PreparedUpdate(CommerceDbContext db, IEntityType table, IReadOnlyList<IProperty> set, IReadOnlyList<IProperty> where) =>
        _statement = new PreparedCommand(db, [.. set, .. where], Statements.GetOrAdd((table, new ColumnList(set), new ColumnList(where)), Sql));

    // Built on every payment under SQLite's write gate: the SQL is written once per table and columns.
    private static readonly ConcurrentDictionary<(IEntityType Table, ColumnList Set, ColumnList Where), string> Statements = new();

    private static string Sql((IEntityType Table, ColumnList Set, ColumnList Where) key) =>
        UpdateSql(key.Table, key.Set.Columns, key.Where.Columns, PreparedCommand.Parameter);

    /// <summary><c>UPDATE "table" SET "a" = p(0), … WHERE "key" = p(n) AND …</c> with the given parameter placeholders.</summary>
    internal static string UpdateSql(IEntityType table, IReadOnlyList<IProperty> set, IReadOnlyList<IProperty> where, Func<int, string> placeholder)
    {
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        string Assign(IProperty column, int i) => PreparedInsert.Quote(column.GetColumnName(store)!) + " = " + placeholder(i);
        return new System.Text.StringBuilder().Append("UPDATE ").Append(PreparedInsert.Quote(store.Name))
            .Append(" SET ").AppendJoin(", ", set.Select(Assign))
            .Append(" WHERE ").AppendJoin(" AND ", where.Select((c, i) => Assign(c, set.Count + i))).ToString();
    }

    /// <summary>Runs the update in the context's current transaction; returns the number of rows it changed (0 or 1).</summary>
    public Task<int> ExecuteAsync(object?[] values, CancellationToken cancellationToken) =>
        _statement.Bind(values).ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => _statement.Dispose();
}
