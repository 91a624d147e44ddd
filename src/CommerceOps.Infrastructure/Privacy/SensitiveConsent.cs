using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// Whether a customer holds an active separate consent (单独同意, PI-SENS-005) to a sensitive purpose on any channel.
/// Reads the live consent records every time, so a withdrawal takes effect at once (PI-WITHDRAW-003).
/// </summary>
public sealed class SensitiveConsent(CommerceDbContext db)
{
    public Task<bool> HoldsAsync(string customerCode, string purpose, CancellationToken ct) =>
        db.Customers.Where(c => c.Code == customerCode).SelectMany(c => c.Consents)
            .AnyAsync(x => x.Purpose == purpose && x.WithdrawnAt == null && x.Separate, ct);

    /// <summary>Refuses (422 on <paramref name="field"/>) unless the customer holds the separate consent.</summary>
    public async Task RequireAsync(string customerCode, string purpose, string field, CancellationToken ct)
    {
        if (!await HoldsAsync(customerCode, purpose, ct))
            throw new DomainException($"{PrivacyRuleIds.Sensitive}: customer {customerCode} has not separately consented to {purpose} (or withdrew it); "
                + "sensitive personal information is processed only on separate consent.", field);
    }
}
