using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// Evidence files for authorisations, designs and complaints: checked and written by the after-sales
/// <see cref="EvidenceStore"/> (same formats, same folder), recorded in the IP area's own table.
/// </summary>
public sealed class IpEvidence(CommerceDbContext db, UnitOfWork uow, EvidenceStore store)
{
    public async Task<IpEvidenceFile> UploadAsync(string? fileName, string? declaredType, Stream content, string by, CancellationToken ct)
    {
        var file = await store.StoreAsync(fileName, declaredType, content, ct);
        var evidence = new IpEvidenceFile(file.Token, file.FileName, file.ContentType, file.Length, file.Sha256, file.StoragePath, by, file.StoredAt);
        await uow.RunAsync(_ => { db.IpEvidenceFiles.Add(evidence); return Task.CompletedTask; }, ct);
        return evidence;
    }

    public Task<IpEvidenceFile?> FindAsync(string token, CancellationToken ct) =>
        db.IpEvidenceFiles.AsNoTracking().SingleOrDefaultAsync(e => e.Token == token, ct);

    public string PathOf(IpEvidenceFile evidence) => store.PathOf(evidence.StoragePath);

    /// <summary>The distinct tokens, each of an uploaded IP evidence file; refuses naming the first unknown one.</summary>
    public async Task<List<string>> RequireAsync(IReadOnlyList<string>? tokens, CancellationToken ct)
    {
        var distinct = (tokens ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
        if (distinct.Count == 0) return [];
        var found = await db.IpEvidenceFiles.AsNoTracking().Where(e => distinct.Contains(e.Token)).Select(e => e.Token).ToListAsync(ct);
        if (distinct.FirstOrDefault(t => !found.Contains(t)) is { } missing)
            throw new NotFoundException($"Evidence {missing} was not uploaded.", "evidence");
        return distinct;
    }
}
