using System.Collections.Concurrent;
using System.Data.Common;
using CommerceOps.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Writes one new entity at once with a prepared INSERT of its columns (values read through EF's property getters), in
/// the context's current transaction: for SQLite's hot paths under the write gate, where the change tracker's work per
/// row in SaveChanges held every other writer up. The entity is not tracked; an aggregate gets its generated id; a
/// refused row fails as SaveChanges would, with a <see cref="DbUpdateException"/> (<see cref="UniqueViolation"/> reads it).
/// </summary>
public static class EntityInsert
{
    private static readonly ConcurrentDictionary<IEntityType, (IProperty[] Columns, bool GeneratedKey)> Shapes = new();

    private static readonly Action<AggregateRoot, long> SetId =
        typeof(AggregateRoot).GetProperty(nameof(AggregateRoot.Id))!.GetSetMethod(nonPublic: true)!.CreateDelegate<Action<AggregateRoot, long>>();

    /// <summary>
    /// Adds a new entity to the unit of work: on SQLite written at once (see above), elsewhere added to the context,
    /// so SaveChanges sends it with the unit's other rows in one round trip — a new aggregate with its id already
    /// (<see cref="IdentityBlocks"/>), so rows that refer to it can be added before that save too.
    /// </summary>
    public static async Task AddToUnitOfWorkAsync(this CommerceDbContext db, object entity, CancellationToken cancellationToken)
    {
        if (db.IsSqlite)
        {
            await db.InsertNowAsync(entity, cancellationToken);
            return;
        }
        if (entity is AggregateRoot { Id: 0 } aggregate)
        {
            var type = EntityTypeOf(db, entity);
            if (Shapes.GetOrAdd(type, Shape).GeneratedKey) AssignId(aggregate, await IdentityBlocks.NextAsync(db, type, cancellationToken));
        }
        db.Add(entity);
    }

    /// <summary>Writes the entity now; returns its generated id (0 when its key is not generated).</summary>
    public static async Task<long> InsertNowAsync(this CommerceDbContext db, object entity, CancellationToken cancellationToken)
    {
        var type = EntityTypeOf(db, entity);
        var (columns, generatedKey) = Shapes.GetOrAdd(type, Shape);
        using var insert = new PreparedInsert(db, type, columns, returnsId: generatedKey);
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++) values[i] = columns[i].GetGetter().GetClrValue(entity);
        long id;
        try
        {
            id = await insert.InsertAsync(values, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"A {type.DisplayName()} row could not be written: {e.Message}", e);
        }
        if (generatedKey && entity is AggregateRoot aggregate) AssignId(aggregate, id);
        return id;
    }

    /// <summary>Gives an aggregate written without the change tracker the id the store generated for it.</summary>
    internal static void AssignId(AggregateRoot aggregate, long id) => SetId(aggregate, id);

    private static IEntityType EntityTypeOf(CommerceDbContext db, object entity) =>
        db.Model.FindEntityType(entity.GetType())
        ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the commerce store.");

    /// <summary>The entity's own columns, less a key the store generates.</summary>
    private static (IProperty[], bool) Shape(IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties;
        var generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd }];
        return (type.GetProperties().Where(p => !(generatedKey && p.IsPrimaryKey())).ToArray(), generatedKey);
    }
}
