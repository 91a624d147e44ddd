namespace CommerceOps.Infrastructure.Persistence;

/// <summary>One table's parameterized INSERT for bulk writers: values in the order of the columns it was built with.</summary>
public interface IBulkInsert : IDisposable
{
    /// <summary>Writes one row in the context's current transaction; returns the generated id when the insert returns one, else 0.</summary>
    ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken);
}
