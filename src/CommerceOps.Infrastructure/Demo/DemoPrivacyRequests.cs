using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Data-subject requests for the demo store, so the privacy page has a queue: one export answered, one deletion refused
/// with its reason, one correction and one export still open within their deadline, and one export left overdue
/// (received five weeks ago). Deterministic: the customers are picked by position.
/// </summary>
internal static class DemoPrivacyRequests
{
    public static void Add(CommerceDbContext db, IReadOnlyList<DemoCustomer> customers, DateTimeOffset now)
    {
        if (customers.Count < 5) return;
        var answered = Receive(customers[0], DataSubjectRequestKind.Export, "想看看平台保存了我的哪些信息", now.AddDays(-12), 1);
        answered.Complete("compliance", "exported as json", now.AddDays(-11));
        var refused = Receive(customers[1], DataSubjectRequestKind.Deletion, "注销账号", now.AddDays(-9), 2);
        refused.Refuse("compliance", "有未完成的售后订单，完成后再注销 / an after-sales case is still open", now.AddDays(-8));
        db.DataSubjectRequests.AddRange(
            answered,
            refused,
            Receive(customers[2], DataSubjectRequestKind.Correction, "手机号已更换", now.AddDays(-2), 3),
            Receive(customers[3], DataSubjectRequestKind.Export, "导出我的订单记录", now.AddHours(-5), 4),
            Receive(customers[4], DataSubjectRequestKind.Export, "请提供我的个人信息副本", now.AddDays(-35), 5));
    }

    /// <summary>The calendar a fresh store is seeded with (the migration's rows), so demo deadlines match live ones.</summary>
    private static readonly HolidayCalendar Calendar = new(OfficialHolidays.China2026.Select(d => (d.Date, d.Kind)));

    private static DataSubjectRequest Receive(DemoCustomer customer, DataSubjectRequestKind kind, string details, DateTimeOffset at, int n) =>
        DataSubjectRequest.Receive($"PR{at.UtcDateTime:yyyyMMdd}-DEMO{n:00}", customer.Code, kind, details, "storefront", at, Calendar);
}
