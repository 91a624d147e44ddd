using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// EF's SQLite connection, except that it is not closed when a unit of work or a pooled context's lease ends, only
/// when the context is disposed: closing it drops every statement SQLite compiled on it (Microsoft.Data.Sqlite has no
/// statement cache), so each pooled context keeps one open handle and <see cref="SqliteStatementCache"/> reuses
/// its compiled statements from one request to the next.
/// </summary>
/// <remarks>
/// Nothing is left behind by skipping the close: EF ends any transaction before it closes, and a reset statement
/// holds no lock. The handle stays open as SQLite's own pool would have kept it.
/// </remarks>
[SuppressMessage("Usage", "EF1001", Justification = "Replacing the provider's connection service is how EF lets a provider's connection be changed; the constructor is the provider's own.")]
internal sealed class SqliteKeptOpenConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection() { }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
