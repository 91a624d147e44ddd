using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A prepared, parameterized single-row INSERT built from the EF model: table, column names and each column's type
/// mapping (value converters, provider parameter types) come from EF, so rows written this way read back through EF
/// exactly like rows EF wrote. Used where the change tracker is too slow (bulk import, demo generation).
/// </summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly CommerceDbContext _db;
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly bool _returnsId;

    /// <param name="columns">The properties to write, in the order values are passed to <see cref="Insert"/>; owned types' properties may be included.</param>
    public PreparedInsert(CommerceDbContext db, IEntityType table, IReadOnlyList<IProperty> columns, bool returnsId)
    {
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        // A required column added to the model later must fail here, clearly, not as a NOT NULL error mid-import.
        var written = columns.Select(c => c.GetColumnName(store)).ToHashSet();
        var unwritten = MappedProperties(table, store).Where(p => !p.IsPrimaryKey() && !p.IsNullable)
            .Select(p => p.GetColumnName(store)).Where(n => n is not null && !written.Contains(n)).Distinct().ToList();
        if (unwritten.Count > 0)
            throw new InvalidOperationException($"The bulk insert into {store.Name} does not write {string.Join(", ", unwritten)}; add them to its writer.");
        _db = db;
        _returnsId = returnsId;
        _command = db.Database.GetDbConnection().CreateCommand();
        _mappings = columns.Select(c => (RelationalTypeMapping)c.GetTypeMapping()).ToArray();
        _parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            _parameters[i] = _mappings[i].CreateParameter(_command, "p" + i, null, nullable: true);
            _command.Parameters.Add(_parameters[i]);
        }
        var sql = new System.Text.StringBuilder();
        sql.Append("INSERT INTO ").Append(Quote(store.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.GetColumnName(store)!)))
            .Append(") VALUES (").AppendJoin(", ", columns.Select((_, i) => "@p" + i)).Append(')');
        if (returnsId) sql.Append(" RETURNING ").Append(Quote(table.FindPrimaryKey()!.Properties[0].GetColumnName(store)!));
        _command.CommandText = sql.ToString();
        _command.Prepare();
    }

    /// <summary>The properties stored in the entity's table, including those of owned types that share it.</summary>
    private static IEnumerable<IProperty> MappedProperties(IEntityType entity, StoreObjectIdentifier store) =>
        entity.GetProperties().Concat(entity.GetNavigations()
            .Where(n => n.TargetEntityType.IsOwned() && n.TargetEntityType.GetTableName() == store.Name)
            .SelectMany(n => MappedProperties(n.TargetEntityType, store)));

    /// <summary>Looks up properties of <paramref name="entity"/> by CLR name.</summary>
    public static IProperty[] Columns(IEntityType entity, params string[] names) =>
        names.Select(n => entity.FindProperty(n) ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {n}.")).ToArray();

    /// <summary>
    /// Writes one row in the context's current transaction (read on every call, so a writer survives the chunked
    /// commits of bulk work); returns the generated id when the insert was built with <c>returnsId</c>, else 0.
    /// </summary>
    public async ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Begin a transaction first: bulk rows are written inside one.");
        for (var i = 0; i < _parameters.Length; i++)
        {
            var value = values[i];
            if (value is not null && _mappings[i].Converter is { } converter) value = converter.ConvertToProvider(value);
            _parameters[i].Value = value ?? DBNull.Value;
        }
        if (!_returnsId)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }
        return Convert.ToInt64(await _command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public void Dispose() => _command.Dispose();
}
