using CommerceOps.Domain.Compliance;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>A checker and the word-list version it was built from.</summary>
public sealed record VersionedChecker(int Version, AdLawChecker Checker);

/// <summary>
/// The checker of the current word-list version, built once per version (building compiles the automaton) and shared by
/// all requests; a request only asks the store for the current version number.
/// </summary>
public sealed class AdLawCheckers
{
    private volatile VersionedChecker? _current;

    public async Task<VersionedChecker> CurrentAsync(WordListStore store, CancellationToken ct)
    {
        var version = await store.CurrentVersionAsync(ct);
        if (_current is { } cached && cached.Version == version) return cached;
        var snapshot = await store.VersionAsync(version, ct) ?? WordListStore.Seed;
        var built = new VersionedChecker(snapshot.Version, new AdLawChecker(snapshot.Entries));
        _current = built;
        return built;
    }
}
