using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Writes one entity at once with a prepared INSERT of its columns (values read through EF's property getters), in the
/// context's current transaction, and returns its generated id (0 when its key is not generated). For SQLite's hot
/// paths under the write gate, where the change tracker's work per row in SaveChanges held every other writer up.
/// The entity is not tracked; on PostgreSQL the same paths add entities to the context instead, so SaveChanges sends
/// them with the unit of work's other rows in one round trip.
/// </summary>
public static class EntityInsert
{
    private static readonly ConcurrentDictionary<IEntityType, (IProperty[] Columns, bool GeneratedKey)> Shapes = new();

    public static async Task<long> InsertNowAsync(this CommerceDbContext db, object entity, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the commerce store.");
        var (columns, generatedKey) = Shapes.GetOrAdd(type, Shape);
        using var insert = new PreparedInsert(db, type, columns, returnsId: generatedKey);
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++) values[i] = columns[i].GetGetter().GetClrValue(entity);
        return await insert.InsertAsync(values, cancellationToken);
    }

    /// <summary>The entity's own columns, less a key the store generates.</summary>
    private static (IProperty[], bool) Shape(IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties;
        var generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd }];
        return (type.GetProperties().Where(p => !(generatedKey && p.IsPrimaryKey())).ToArray(), generatedKey);
    }
}
