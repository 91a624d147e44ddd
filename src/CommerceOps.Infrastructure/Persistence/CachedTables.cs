using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// The change generation of each table a <see cref="CachedTable{TRow, TView}"/> holds. Process-wide: the saving
/// context does not know which server's cache (a test process hosts several) holds the rows.
/// </summary>
public static class CachedTables
{
    private static readonly ConcurrentDictionary<Type, StrongBox<long>> Generations = new();

    internal static void Register(Type rowType) => Generations.TryAdd(rowType, new StrongBox<long>());

    /// <summary>Whether rows of this type are cached, so that saving one must drop the copies.</summary>
    public static bool Holds(Type rowType) => Generations.ContainsKey(rowType);

    public static long Generation(Type rowType) => Interlocked.Read(ref Generations[rowType].Value);

    public static void Changed(Type rowType)
    {
        if (Generations.TryGetValue(rowType, out var generation)) Interlocked.Increment(ref generation.Value);
    }
}
