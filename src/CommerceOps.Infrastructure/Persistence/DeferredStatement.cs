using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A single-row INSERT or UPDATE built from the EF model, as <see cref="PreparedInsert"/> and <see cref="PreparedUpdate"/>
/// build theirs, whose rows wait in the context's <see cref="PendingWrites"/> for the unit of work's one round trip
/// (PostgreSQL). As an <see cref="IBulkInsert"/> it lets <see cref="OrderBulkWriter"/> write either way.
/// </summary>
internal sealed class DeferredStatement : IBulkInsert
{
    private readonly CommerceDbContext _db;
    private readonly (string Sql, RelationalTypeMapping[] Mappings) _statement;

    private DeferredStatement(CommerceDbContext db, (string, RelationalTypeMapping[]) statement)
    {
        _db = db;
        _statement = statement;
    }

    // SQL and type mappings per table and columns, built once: the checkout and the payment build their writers per call.
    private static readonly ConcurrentDictionary<(IEntityType Table, ColumnList Set, ColumnList? Where), (string, RelationalTypeMapping[])> Statements = new();

    public static DeferredStatement Insert(CommerceDbContext db, IEntityType table, IReadOnlyList<IProperty> columns) =>
        new(db, Statements.GetOrAdd((table, new ColumnList(columns), null), static key =>
        {
            var store = PreparedInsert.EnsureRequiredColumns(key.Table, key.Set.Columns);
            return (PreparedInsert.InsertSql(store, key.Set.Columns, PendingWrites.Placeholder), MappingsOf(key.Set.Columns));
        }));

    /// <param name="set">The columns written, their values first.</param>
    /// <param name="where">The columns that identify the row (a concurrency token among them), their values after those of <paramref name="set"/>.</param>
    public static DeferredStatement Update(CommerceDbContext db, IEntityType table, IReadOnlyList<IProperty> set, IReadOnlyList<IProperty> where) =>
        new(db, Statements.GetOrAdd((table, new ColumnList(set), new ColumnList(where)), static key =>
        {
            var where = key.Where!.Value.Columns;
            return (PreparedUpdate.UpdateSql(key.Table, key.Set.Columns, where, PendingWrites.Placeholder), MappingsOf([.. key.Set.Columns, .. where]));
        }));

    private static RelationalTypeMapping[] MappingsOf(IEnumerable<IProperty> columns) =>
        columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping()).ToArray();

    /// <summary>Queues the row; an update queued with <paramref name="failsUnlessOneRow"/> fails the save when it changes no row.</summary>
    public void Add(object?[] values, string? failsUnlessOneRow = null) =>
        _db.PendingWrites.Add(_statement.Sql, _statement.Mappings, values, failsUnlessOneRow);

    /// <summary>Queues the row; the id is not known before the save (0), so a caller that needs it assigns it first.</summary>
    public ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        Add(values);
        return ValueTask.FromResult(0L);
    }

    public void Dispose() { }
}
