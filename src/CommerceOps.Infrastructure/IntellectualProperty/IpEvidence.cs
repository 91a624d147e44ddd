using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// Evidence files for authorisations, designs and complaints live in the after-sales evidence store (same checks, same
/// folder, same table); a record names them by token. A token a return request has claimed is not IP evidence.
/// </summary>
public sealed class IpEvidence(CommerceDbContext db)
{
    public async Task<List<string>> RequireAsync(IReadOnlyList<string>? tokens, CancellationToken ct)
    {
        var distinct = (tokens ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
        if (distinct.Count == 0) return [];
        var found = await db.ReturnEvidence.AsNoTracking().Where(e => distinct.Contains(e.Token) && e.ReturnRequestId == null).Select(e => e.Token).ToListAsync(ct);
        if (distinct.FirstOrDefault(t => !found.Contains(t)) is { } missing)
            throw new NotFoundException($"Evidence {missing} was not uploaded.", "evidence");
        return distinct;
    }
}
