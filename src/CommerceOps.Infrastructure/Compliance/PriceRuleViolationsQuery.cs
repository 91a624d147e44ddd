using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>
/// A promotion the price rules stopped or flagged. <see cref="Refused"/>: a draft that publishing would refuse now (its
/// BLOCK findings, checked on today's data); otherwise a published promotion sent to review, with the findings its review
/// alert recorded at publication and the alert's status.
/// </summary>
public sealed record PriceRuleViolation(
    long? PromotionId, string Code, string Name, bool Refused, IReadOnlyList<PriceFinding> Findings, AlertStatus? ReviewStatus, DateTimeOffset? ReviewOpenedAt);

/// <summary>
/// The price-rule violations of the compliance page. A refused publication leaves nothing behind (the transaction rolls
/// back and the promotion stays a draft), so refusals are found by running the publish check on every draft; reviews are
/// the <see cref="PromotionService.ReviewAlertSource"/> alerts publishing opens.
/// </summary>
public sealed class PriceRuleViolationsQuery(CommerceDbContext db, PromotionPriceRules rules)
{
    public async Task<IReadOnlyList<PriceRuleViolation>> ListAsync(CancellationToken ct)
    {
        var violations = new List<PriceRuleViolation>();
        var drafts = await db.Promotions.AsNoTracking().Where(p => p.Status == PromotionStatus.Draft).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var draft in drafts)
        {
            var findings = await rules.CheckAsync(draft, ct);
            if (findings.Any(f => f.Severity == FindingSeverity.Block))
                violations.Add(new PriceRuleViolation(draft.Id, draft.Code, draft.Name, true, findings, null, null));
        }

        var reviews = await db.Alerts.AsNoTracking().Where(a => a.Source == PromotionService.ReviewAlertSource).OrderByDescending(a => a.OpenedAt).ToListAsync(ct);
        var codes = reviews.Select(a => a.Key).ToList();
        var promotions = await db.Promotions.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        foreach (var alert in reviews)
        {
            var promotion = promotions.GetValueOrDefault(alert.Key);
            violations.Add(new PriceRuleViolation(promotion?.Id, alert.Key, promotion?.Name ?? alert.Title, false, ParseDetail(alert.Detail), alert.Status, alert.OpenedAt));
        }
        return violations;
    }

    /// <summary>The review alert's detail: one "RULE-ID subject: message" line per finding (see <see cref="PromotionService"/>).</summary>
    private static List<PriceFinding> ParseDetail(string detail) =>
        detail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            return space > 0 && colon > space
                ? new PriceFinding(line[..space], FindingSeverity.Warn, line[(space + 1)..colon], line[(colon + 2)..])
                : new PriceFinding("", FindingSeverity.Warn, "", line);
        }).ToList();
}
