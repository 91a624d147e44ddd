using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// The stored no-reason return policies (RET-7D-004): set per SKU or category by compliance or operations, read as a
/// <see cref="ReturnPolicyBook"/> (checkout, product pages) from a copy kept in memory (<see cref="ReturnPolicyCache"/>).
/// </summary>
public sealed class ReturnPolicyStore(CommerceDbContext db, UnitOfWork unitOfWork, ReturnPolicyCache cache, TimeProvider time)
{
    public sealed record Lookup(ReturnPolicyBook Book, IReadOnlyDictionary<(ReturnPolicyScope, string), int> Versions)
    {
        /// <summary>The version of the entry that decided the SKU's policy; 0 for the statutory default.</summary>
        public int VersionFor(string sku, string categoryCode)
        {
            if (Versions.TryGetValue((ReturnPolicyScope.Sku, sku), out var own)) return own;
            foreach (var key in CategoryPath(categoryCode))
                if (Versions.TryGetValue((ReturnPolicyScope.Category, key), out var v)) return v;
            return 0;
        }
    }

    /// <summary>Every stored policy, from the in-memory copy: the checkout reads the policies of its lines on every order.</summary>
    public ValueTask<Lookup> CurrentAsync(CancellationToken ct) => cache.GetAsync(db, ct);

    public Task<List<ReturnPolicyEntry>> ListAsync(CancellationToken ct) =>
        db.ReturnPolicies.AsNoTracking().OrderBy(p => p.Scope).ThenBy(p => p.Key).ToListAsync(ct);

    /// <summary>Sets (or replaces) the policy of a SKU or category that exists.</summary>
    public Task<ReturnPolicyEntry> SetAsync(ReturnPolicyScope scope, string key, ReturnPolicy policy, string actor, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var exists = scope == ReturnPolicyScope.Sku
                ? await db.Skus.AnyAsync(s => s.Code == key, ct)
                : await db.Categories.AnyAsync(c => c.Code == key, ct);
            if (!exists) throw new NotFoundException($"{(scope == ReturnPolicyScope.Sku ? "SKU" : "Category")} '{key}' does not exist.", "key");
            var entry = await db.ReturnPolicies.SingleOrDefaultAsync(p => p.Scope == scope && p.Key == key, ct);
            if (entry is null) db.ReturnPolicies.Add(entry = new ReturnPolicyEntry(scope, key, policy, actor, time.GetUtcNow()));
            else entry.Change(policy, actor, time.GetUtcNow());
            return entry;
        }, ct);

    /// <summary>Removes a SKU's or category's own policy, so the broader one (or the statutory 7 days) applies again.</summary>
    public Task<bool> RemoveAsync(ReturnPolicyScope scope, string key, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var entry = await db.ReturnPolicies.SingleOrDefaultAsync(p => p.Scope == scope && p.Key == key, ct);
            if (entry is not null) db.ReturnPolicies.Remove(entry);
            return entry is not null;
        }, ct);

    /// <summary>"fresh.fruit.citrus" → fresh.fruit.citrus, fresh.fruit, fresh.</summary>
    public static IEnumerable<string> CategoryPath(string categoryCode)
    {
        for (var code = categoryCode; code.Length > 0; code = code.LastIndexOf('.') is var dot and >= 0 ? code[..dot] : "")
            yield return code;
    }
}
