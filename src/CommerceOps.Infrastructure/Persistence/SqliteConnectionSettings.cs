using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings (they are not stored in the file). In WAL mode, synchronous=NORMAL makes a commit
/// durable at the next checkpoint instead of fsyncing every commit: the database never corrupts, and a power cut can
/// lose at most the last moments of commits — the trade SQLite documents as the right one for WAL.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
