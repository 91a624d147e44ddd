using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Compiles each SQL text once per SQLite connection and reuses the compiled statement on every later execution:
/// EF and Microsoft.Data.Sqlite compile every command anew, and compiling (parsing, name resolution, planning) was
/// about as much CPU as running the statements under checkout load. EF's commands are created as
/// <see cref="CachedStatementCommand"/> by this interceptor; the store's own hot commands through <see cref="CreateCommand"/>.
/// </summary>
/// <remarks>
/// The statements live as long as the connection stays open, which <see cref="SqliteKeptOpenConnection"/> makes the
/// context's lifetime. A text that cannot be compiled ahead (several statements where a later one needs what an
/// earlier one creates) runs uncached, as does a text whose statement is still being read by an open reader. At most
/// <see cref="Capacity"/> texts per connection are kept, so ad-hoc SQL cannot grow the cache without bound.
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    internal const int Capacity = 200;

    internal static readonly SqliteStatementCache Instance = new();

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, CompiledStatement?>> Caches = new();

    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        eventData.Connection is SqliteConnection connection ? InterceptionResult<DbCommand>.SuppressWithResult(CreateCommand(connection)) : result;

    /// <summary>A command on <paramref name="connection"/> whose statement is compiled once (on SQLite).</summary>
    public static DbCommand CreateCommand(DbConnection connection) =>
        connection is SqliteConnection sqlite ? new CachedStatementCommand { Connection = sqlite } : connection.CreateCommand();

    /// <summary>The connection's compiled statement for <paramref name="sql"/>, compiled now if new; null when it must run uncached.</summary>
    internal static SqliteCommand? Rent(SqliteConnection connection, string sql)
    {
        var cache = Caches.GetValue(connection, Watch);
        if (cache.TryGetValue(sql, out var compiled)) return compiled is { InUse: false } ? compiled : null;
        if (cache.Count >= Capacity) return null;
        compiled = new CompiledStatement { Connection = connection, CommandText = sql };
        try
        {
            compiled.Prepare();
        }
        catch (SqliteException)
        {
            compiled.Dispose();
            compiled = null;
        }
        cache[sql] = compiled;
        return compiled;
    }

    /// <summary>A connection closed by its owner drops its statements, so the cache for it starts again.</summary>
    private static Dictionary<string, CompiledStatement?> Watch(SqliteConnection connection)
    {
        var cache = new Dictionary<string, CompiledStatement?>(StringComparer.Ordinal);
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState != ConnectionState.Open) cache.Clear();
        };
        return cache;
    }

    private sealed class CompiledStatement : SqliteCommand
    {
        public bool InUse => DataReader is not null;
    }
}
