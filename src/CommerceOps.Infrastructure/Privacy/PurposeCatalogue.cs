using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// The catalogue of processing purposes (PI-NOTICE-002): the built-in defaults (<see cref="PrivacyPurposes.Defaults"/>)
/// overlaid with what compliance stored, so a fresh installation has a catalogue without seeding.
/// </summary>
public sealed class PurposeCatalogue(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<IReadOnlyList<PrivacyPurpose>> ListAsync(CancellationToken ct)
    {
        var stored = await db.PrivacyPurposes.AsNoTracking().ToListAsync(ct);
        var codes = stored.Select(p => p.Code).ToHashSet();
        return [.. stored.Concat(PrivacyPurposes.Defaults(DateTimeOffset.UnixEpoch).Where(d => !codes.Contains(d.Code))).OrderBy(p => p.Code, StringComparer.Ordinal)];
    }

    public async Task<PrivacyPurpose?> FindAsync(string code, CancellationToken ct) =>
        await db.PrivacyPurposes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct)
        ?? PrivacyPurposes.Defaults(DateTimeOffset.UnixEpoch).FirstOrDefault(p => p.Code == code);

    public Task<PrivacyPurpose> SetAsync(string code, string description, bool sensitive, LegalBasis basis, string retention, string actor, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var purpose = await db.PrivacyPurposes.SingleOrDefaultAsync(p => p.Code == code, ct);
            if (purpose is null) db.PrivacyPurposes.Add(purpose = new PrivacyPurpose(code, description, sensitive, basis, retention, actor, time.GetUtcNow()));
            else purpose.Change(description, sensitive, basis, retention, actor, time.GetUtcNow());
            return purpose;
        }, ct);
}
