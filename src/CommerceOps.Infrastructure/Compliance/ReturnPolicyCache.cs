using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// Every stored return policy as a <see cref="ReturnPolicyStore.Lookup"/>, kept in memory: each order reads the
/// policies of its lines, and they are set by hand, a few per category or SKU.
/// </summary>
public sealed class ReturnPolicyCache(TimeProvider time) : CachedTable<ReturnPolicyEntry, ReturnPolicyStore.Lookup>(time)
{
    protected override ReturnPolicyStore.Lookup Shape(List<ReturnPolicyEntry> rows) =>
        new(new ReturnPolicyBook(
                rows.Where(e => e.Scope == ReturnPolicyScope.Sku).ToDictionary(e => e.Key, e => e.Policy),
                rows.Where(e => e.Scope == ReturnPolicyScope.Category).ToDictionary(e => e.Key, e => e.Policy)),
            rows.ToDictionary(e => (e.Scope, e.Key), e => e.Version));
}
