using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings (they are not stored in the file). In WAL mode, synchronous=NORMAL makes a commit
/// durable at the next checkpoint instead of fsyncing every commit: the database never corrupts, and a power cut can
/// lose at most the last moments of commits — the trade SQLite documents as the right one for WAL.
/// </summary>
/// <remarks>
/// The settings belong to the native handle, which Microsoft.Data.Sqlite's pool keeps open across opens and closes, so
/// they are applied once per handle, not on every open of a pooled handle.
/// </remarks>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Applied = new();
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        object? handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Applied.TryGetValue(handle, out _)) return;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        if (handle is not null) Applied.AddOrUpdate(handle, Done);
    }
}
