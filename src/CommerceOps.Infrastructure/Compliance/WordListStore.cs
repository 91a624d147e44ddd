using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>A word-list version as read: version 0 is the built-in seed list, in force until the first edit.</summary>
public sealed record WordListSnapshot(int Version, DateTimeOffset? PublishedAt, string PublishedBy, string Note, IReadOnlyList<WordListEntry> Entries);

public sealed record WordListVersionSummary(int Version, DateTimeOffset PublishedAt, string PublishedBy, string Note, int Terms);

/// <summary>Reads and publishes versions of the advertising-law word list in the commerce store.</summary>
public sealed class WordListStore(CommerceDbContext db, TimeProvider time)
{
    public static readonly WordListSnapshot Seed = new(0, null, "built-in", "seed list (WORDLISTS.md)", SeedWordList.Entries);

    public async Task<int> CurrentVersionAsync(CancellationToken ct) =>
        await db.WordListVersions.MaxAsync(v => (int?)v.Number, ct) ?? 0;

    public async Task<WordListSnapshot> CurrentAsync(CancellationToken ct) => await VersionAsync(await CurrentVersionAsync(ct), ct)
        ?? throw new InvalidOperationException("The current word-list version disappeared.");

    /// <summary>A version, or null when there is no such version.</summary>
    public async Task<WordListSnapshot?> VersionAsync(int number, CancellationToken ct)
    {
        if (number == 0) return Seed;
        var version = await db.WordListVersions.AsNoTracking().Include(v => v.Terms).SingleOrDefaultAsync(v => v.Number == number, ct);
        return version is null ? null : ToSnapshot(version);
    }

    public async Task<IReadOnlyList<WordListVersionSummary>> VersionsAsync(CancellationToken ct)
    {
        var stored = await db.WordListVersions.AsNoTracking()
            .Select(v => new WordListVersionSummary(v.Number, v.PublishedAt, v.PublishedBy, v.Note, v.Terms.Count))
            .ToListAsync(ct);
        return [.. stored.OrderByDescending(v => v.Version), new WordListVersionSummary(0, DateTimeOffset.UnixEpoch, Seed.PublishedBy, Seed.Note, Seed.Entries.Count)];
    }

    /// <summary>
    /// Publishes the whole list as the next version. <paramref name="basedOn"/> is the version the editor started from;
    /// if someone published in between, the edit is refused rather than silently overwriting theirs.
    /// </summary>
    public async Task<WordListSnapshot> PublishAsync(IReadOnlyList<WordListEntry> entries, int basedOn, string publishedBy, string note, CancellationToken ct)
    {
        var current = await CurrentVersionAsync(ct);
        if (basedOn != current)
            throw new InvalidStateException($"The word list is at version {current}, not {basedOn}; reload it and apply the change again.");
        var version = new WordListVersion(current + 1, time.GetUtcNow(), publishedBy, note,
            entries.Select(e => new WordListTerm(e.Term, e.Kind.ToWire(), string.Join(',', e.Categories))));
        db.WordListVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return ToSnapshot(version);
    }

    private static WordListSnapshot ToSnapshot(WordListVersion v) => new(v.Number, v.PublishedAt, v.PublishedBy, v.Note,
        v.Terms.Select(t => new WordListEntry(t.Term, WireNames.TryParseWire<TermKind>(t.Kind, out var kind) ? kind
                : throw new InvalidOperationException($"Stored term kind '{t.Kind}' is unknown."),
            t.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList());
}
