using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>Registers original designs (dated by the clock when recorded) and finds them by words of the title, owner or description.</summary>
public sealed class DesignRegistry(CommerceDbContext db, UnitOfWork uow, IpEvidence evidence, TimeProvider time)
{
    public Task<OriginalDesign> RegisterAsync(string title, string owner, string? description, IReadOnlyList<string>? evidenceTokens, string by, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var files = await evidence.RequireAsync(evidenceTokens, ct);
            var now = time.GetUtcNow();
            var design = new OriginalDesign(IpNumbers.Next("DSN", now), title, owner, description ?? "", files, by, now);
            db.OriginalDesigns.Add(design);
            await db.SaveChangesAsync(ct);
            return design;
        }, ct);

    public async Task<(List<OriginalDesign> Items, int Total)> SearchAsync(string? text, int page, int pageSize, CancellationToken ct)
    {
        var designs = db.OriginalDesigns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var q = text.Trim().ToLowerInvariant();
            designs = designs.Where(d => d.Title.ToLower().Contains(q) || d.Owner.ToLower().Contains(q) || d.Description.ToLower().Contains(q) || d.Code.ToLower() == q);
        }
        var total = await designs.CountAsync(ct);
        var items = await designs.OrderByDescending(d => d.RegisteredAt).ThenByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    public Task<OriginalDesign?> FindAsync(string code, CancellationToken ct) =>
        db.OriginalDesigns.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, ct);
}
