using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>Tells the context when its transaction committed (<see cref="CommerceDbContext.Committed"/>), whoever committed it.</summary>
public sealed class CommitInterceptor : DbTransactionInterceptor
{
    public static readonly CommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as CommerceDbContext)?.Committed();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as CommerceDbContext)?.Committed();
        return Task.CompletedTask;
    }
}
