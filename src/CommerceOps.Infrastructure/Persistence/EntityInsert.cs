using System.Collections.Concurrent;
using System.Data.Common;
using CommerceOps.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Writes one new entity with an INSERT of its columns (values read through EF's property getters) in the context's
/// current transaction, without the change tracker, whose work per row was most of a hot path's time: on SQLite at once
/// with a prepared statement (under the write gate, where SaveChanges held every other writer up), on PostgreSQL queued
/// for the unit of work's one round trip. The entity is not tracked; an aggregate gets its generated id; a
/// refused row fails as SaveChanges would, with a <see cref="DbUpdateException"/> (<see cref="UniqueViolation"/> reads it).
/// </summary>
public static class EntityInsert
{
    private static readonly ConcurrentDictionary<IEntityType, Shape> Shapes = new();

    /// <param name="Columns">The entity's own columns, less a key the store generates.</param>
    /// <param name="WithKey">The same with that key first, for a row whose id was taken ahead.</param>
    private sealed record Shape(IProperty[] Columns, bool GeneratedKey, IProperty[] WithKey);

    private static readonly Action<AggregateRoot, long> SetId =
        typeof(AggregateRoot).GetProperty(nameof(AggregateRoot.Id))!.GetSetMethod(nonPublic: true)!.CreateDelegate<Action<AggregateRoot, long>>();

    /// <summary>
    /// Adds a new entity, and its domain events as outbox rows, to the unit of work without the change tracker: on
    /// SQLite written at once (see above); elsewhere queued in <see cref="CommerceDbContext.PendingWrites"/>, so the
    /// unit's rows go in one round trip when it saves — a new aggregate with its id already (<see cref="IdentityBlocks"/>),
    /// so rows that refer to it can be queued before that save too.
    /// </summary>
    public static async Task AddToUnitOfWorkAsync(this CommerceDbContext db, object entity, CancellationToken cancellationToken)
    {
        db.WroteRowOf(entity.GetType());
        if (db.IsSqlite)
        {
            await db.InsertNowAsync(entity, cancellationToken);
        }
        else
        {
            var type = EntityTypeOf(db, entity);
            var shape = Shapes.GetOrAdd(type, ShapeOf);
            var columns = shape.Columns;
            // Only an aggregate's id is taken ahead (others refer to it); other generated keys come from the column's default.
            if (shape.GeneratedKey && entity is AggregateRoot aggregate)
            {
                if (aggregate.Id == 0) AssignId(aggregate, await IdentityBlocks.NextAsync(db, type, cancellationToken));
                columns = shape.WithKey;
            }
            DeferredStatement.Insert(db, type, columns).Add(ValuesOf(entity, columns));
        }
        if (entity is AggregateRoot { DomainEvents.Count: > 0 } raised)
        {
            foreach (var e in raised.DomainEvents) await db.AddToUnitOfWorkAsync(CommerceDbContext.ToOutbox(e), cancellationToken);
            raised.ClearDomainEvents();
        }
    }

    /// <summary>Writes the entity now; returns its generated id (0 when its key is not generated).</summary>
    public static async Task<long> InsertNowAsync(this CommerceDbContext db, object entity, CancellationToken cancellationToken)
    {
        var type = EntityTypeOf(db, entity);
        var (columns, generatedKey, _) = Shapes.GetOrAdd(type, ShapeOf);
        using var insert = new PreparedInsert(db, type, columns, returnsId: generatedKey);
        var values = ValuesOf(entity, columns);
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

    private static object?[] ValuesOf(object entity, IProperty[] columns)
    {
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++) values[i] = columns[i].GetGetter().GetClrValue(entity);
        return values;
    }

    /// <summary>Gives an aggregate written without the change tracker the id the store generated for it.</summary>
    internal static void AssignId(AggregateRoot aggregate, long id) => SetId(aggregate, id);

    private static IEntityType EntityTypeOf(CommerceDbContext db, object entity) =>
        db.Model.FindEntityType(entity.GetType())
        ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the commerce store.");

    private static Shape ShapeOf(IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties;
        var generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd }];
        var columns = type.GetProperties().Where(p => !(generatedKey && p.IsPrimaryKey())).ToArray();
        return new Shape(columns, generatedKey, generatedKey ? [key[0], .. columns] : columns);
    }
}
