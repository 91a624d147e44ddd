using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// The fastest parameterized INSERT SQLite offers: one statement prepared on the context's open connection, values
/// bound by position straight through SQLite's C API, stepped and reset per row. It skips what makes
/// <see cref="PreparedInsert"/> slow at millions of rows (a data reader per execution, parameter lookup by name) and
/// returns no id, so callers assign ids up front. Values go through the EF model's value converters and are stored
/// the way Microsoft.Data.Sqlite stores them (dates and decimals as text), so rows read back through EF exactly like
/// rows EF wrote. SQLite only; used by the large demo scale.
/// </summary>
public sealed class SqliteBulkInsert : IBulkInsert
{
    private const int Done = 101; // SQLITE_DONE

    private readonly CommerceDbContext _db;
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly ValueConverter?[] _converters;
    private byte[] _utf8 = new byte[256];

    /// <param name="columns">The properties to write, in the order values are passed; owned types' properties may be included.</param>
    public SqliteBulkInsert(CommerceDbContext db, IEntityType table, IReadOnlyList<IProperty> columns)
    {
        if (!db.IsSqlite) throw new NotSupportedException("SqliteBulkInsert writes SQLite stores only.");
        var store = PreparedInsert.EnsureRequiredColumns(table, columns);
        _db = db;
        _connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("Open the connection (begin a transaction) before bulk inserting.");
        _converters = columns.Select(c => ((RelationalTypeMapping)c.GetTypeMapping()).Converter).ToArray();
        Check(raw.sqlite3_prepare_v2(_connection, PreparedInsert.InsertSql(store, columns, i => "?" + (i + 1)), out _statement));
    }

    public ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Begin a transaction first: bulk rows are written inside one.");
        for (var i = 0; i < _converters.Length; i++)
        {
            var value = values[i];
            if (value is not null && _converters[i] is { } converter) value = converter.ConvertToProvider(value);
            Bind(i + 1, value);
        }
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != Done) Check(rc);
        return ValueTask.FromResult(0L);
    }

    /// <summary>Binds a provider value as Microsoft.Data.Sqlite's binder would (its formats for dates and decimals).</summary>
    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            string s => BindText(index, s),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            int n => raw.sqlite3_bind_int64(_statement, index, n),
            short n => raw.sqlite3_bind_int64(_statement, index, n),
            byte n => raw.sqlite3_bind_int64(_statement, index, n),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            decimal m => BindText(index, m.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateTimeOffset t => BindText(index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            DateTime t => BindText(index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            Guid g => BindText(index, g.ToString().ToUpperInvariant()),
            _ => throw new NotSupportedException($"SqliteBulkInsert cannot bind a {value.GetType().Name}."),
        };
        Check(rc);
    }

    // SQLite copies the text (SQLITE_TRANSIENT), so one reusable UTF-8 buffer serves every value.
    private int BindText(int index, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length) _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        var written = Encoding.UTF8.GetBytes(value, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, written));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(_connection).utf8_to_string(), rc);
    }

    public void Dispose() => _statement.Dispose();
}
