using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// Personal coupon codes: issued to customers for a published coupon promotion (marketing), listed per customer
/// (storefront, to show a buyer their coupons), and redemption statistics per coupon.
/// </summary>
public static class CouponsApi
{
    public const int MaxCustomersPerIssue = 10_000;

    public sealed record IssueRequest(long? PromotionId, List<string>? CustomerCodes, int? ValidDays);

    public sealed record CouponView(string Code, long PromotionId, string CustomerCode, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt,
        DateTimeOffset? RedeemedAt, long? CampaignId);

    public static void MapCouponsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/coupons").WithTags("Coupons");

        group.MapPost("/issue", async (IssueRequest request, CommerceDbContext db, UnitOfWork unitOfWork, CouponIssuer issuer, TimeProvider time, CancellationToken ct) =>
        {
            var codes = request.CustomerCodes?.Select(c => c?.Trim() ?? "").ToList();
            new RequestValidation()
                .Require(request.PromotionId is > 0, "promotionId", "promotionId is required.")
                .Require(codes is { Count: > 0 and <= MaxCustomersPerIssue } && codes.All(c => c.Length is > 0 and <= 64), "customerCodes",
                    $"1 to {MaxCustomersPerIssue} customer codes of 1 to 64 characters.")
                .Require(request.ValidDays is null or (>= 1 and <= CouponIssuer.MaxValidDays), "validDays", $"validDays is 1 to {CouponIssuer.MaxValidDays}.")
                .ThrowIfAny();
            var issued = await unitOfWork.RunAsync(async ct =>
            {
                var now = time.GetUtcNow();
                var promotion = await issuer.CouponPromotionAsync(request.PromotionId!.Value, now, "promotionId", ct);
                var distinct = codes!.Distinct().ToList();
                var customers = await db.Customers.AsNoTracking().Where(c => distinct.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id, ct);
                if (distinct.FirstOrDefault(c => !customers.ContainsKey(c)) is { } missing)
                    throw new NotFoundException($"Customer '{missing}' does not exist.", "customerCodes");
                return distinct.Select(code => (code, issuer.Issue(promotion, customers[code], request.ValidDays ?? 30, now))).ToList();
            }, ct);
            return issued.Select(x => new CouponView(x.Item2.Code, x.Item2.PromotionId, x.code, x.Item2.IssuedAt, x.Item2.ExpiresAt, null, null)).ToList();
        }).RequireRoles(Roles.Marketing);

        group.MapGet("/stats", (CouponStatisticsQuery statistics, CancellationToken ct) => statistics.AllAsync(ct)).RequireRoles(Roles.Marketing, Roles.Analyst);

        group.MapGet("/", async (string? customerCode, CommerceDbContext db, CancellationToken ct) =>
        {
            new RequestValidation().Text(customerCode, "customerCode", 64).ThrowIfAny();
            var customerId = await db.Customers.Where(c => c.Code == customerCode).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
            var coupons = await db.IssuedCoupons.AsNoTracking().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.Id).ToListAsync(ct);
            return coupons.Select(c => new CouponView(c.Code, c.PromotionId, customerCode!, c.IssuedAt, c.ExpiresAt, c.RedeemedAt, c.CampaignId)).ToList();
        }).RequireRoles(Roles.Marketing, Roles.Storefront, Roles.Service);
    }
}
