using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A unit of work's rows for PostgreSQL that wait to be sent together, as one batch in one round trip, when the context
/// next saves (<see cref="CommerceDbContext.SaveChangesAsync(bool, CancellationToken)"/>). Each row is a statement of
/// <see cref="DeferredStatement"/> with its values converted by the columns' EF type mappings. The checkout and the
/// payment write this way instead of through the change tracker, whose bookkeeping per row was about a third of the
/// server's CPU time per paid order (docs/benchmarks.md). A refused row fails the save with a
/// <see cref="DbUpdateException"/>, an update that finds its row changed with a <see cref="DbUpdateConcurrencyException"/>,
/// as SaveChanges would.
/// </summary>
public sealed class PendingWrites(CommerceDbContext db)
{
    private DbBatch? _batch;
    private DbCommand? _parameters;
    private List<(DbBatchCommand Command, string Failure)>? _singleRowUpdates;

    /// <summary>Npgsql's positional placeholder of the i-th value: the statement needs no rewriting before it is sent.</summary>
    public static string Placeholder(int i) => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="failsUnlessOneRow">For an update: the message of the concurrency failure when it changes no row.</param>
    internal void Add(string sql, RelationalTypeMapping[] mappings, object?[] values, string? failsUnlessOneRow = null)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Begin a transaction first: pending writes are sent when the unit of work saves.");
        var connection = db.Database.GetDbConnection();
        _batch ??= connection.CreateBatch();
        _parameters ??= connection.CreateCommand(); // only creates parameters: EF's type mappings need a command for that
        var command = _batch.CreateBatchCommand();
        command.CommandText = sql;
        for (var i = 0; i < mappings.Length; i++)
            command.Parameters.Add(mappings[i].CreateParameter(_parameters, "", values[i], nullable: true));
        _batch.BatchCommands.Add(command);
        if (failsUnlessOneRow is not null) (_singleRowUpdates ??= []).Add((command, failsUnlessOneRow));
    }

    /// <summary>Sends the pending rows in the context's transaction; afterwards, failed or not, none is pending.</summary>
    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is not { } batch) return;
        var updates = _singleRowUpdates;
        _batch = null;
        _singleRowUpdates = null;
        await using (batch)
        {
            batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new DbUpdateException($"The unit of work's rows could not be written: {e.Message}", e);
            }
            foreach (var (command, failure) in updates ?? [])
                if (command.RecordsAffected != 1) throw new DbUpdateConcurrencyException(failure);
        }
    }

    /// <summary>Drops the pending rows: the unit of work failed before they were sent.</summary>
    internal void Discard()
    {
        _batch?.Dispose();
        _batch = null;
        _singleRowUpdates = null;
    }
}
