using System.Data;
using Microsoft.Data.Sqlite;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A SQLite command that runs on its connection's compiled statement for the same SQL (<see cref="SqliteStatementCache"/>)
/// with this command's parameters and transaction. Every way of executing a command (reader, non-query, scalar, async)
/// ends in <see cref="ExecuteReader(CommandBehavior)"/>.
/// </summary>
internal sealed class CachedStatementCommand : SqliteCommand
{
    /// <summary>Nothing to do ahead: the statement is compiled on first execution, once per connection.</summary>
    public override void Prepare() { }

    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        if (Connection is not { State: ConnectionState.Open } connection || CommandType != CommandType.Text
            || SqliteStatementCache.Rent(connection, CommandText) is not { } compiled)
            return base.ExecuteReader(behavior);
        compiled.Parameters.Clear();
        foreach (SqliteParameter parameter in Parameters) compiled.Parameters.Add(parameter);
        compiled.Transaction = Transaction;
        compiled.CommandTimeout = CommandTimeout;
        return compiled.ExecuteReader(behavior);
    }
}
