using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Domain.Privacy;
using CommerceOps.Domain.Tests.AfterSales;

namespace CommerceOps.Domain.Tests.Privacy;

/// <summary>SPEC.md §D in the domain: separate consent, purposes, request deadlines and audit, anonymisation that keeps the transaction records.</summary>
public class PrivacyDomainTests
{
    // Thursday 26 Nov 2026, 10:00 in China.
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fifteen_working_days_skip_weekends_and_end_at_local_midnight()
    {
        var due = WorkingDays.DeadlineAfter(Thursday, 15, HolidayCalendar.WeekendsOnly);

        Assert.Equal(new DateTimeOffset(2026, 12, 17, 23, 59, 59, 999, TimeSpan.FromHours(8)).AddTicks(9999), due);
        // Late Friday evening UTC is already Saturday in China: counting starts on Monday.
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(WorkingDays.DeadlineAfter(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), 1, HolidayCalendar.WeekendsOnly).DateTime));
    }

    [Fact]
    public void A_request_is_overdue_after_its_deadline_and_a_refusal_needs_a_reason_and_every_step_is_audited()
    {
        var request = DataSubjectRequest.Receive("PR1", "C1", DataSubjectRequestKind.Deletion, "注销", "storefront", Thursday, HolidayCalendar.WeekendsOnly);

        Assert.False(request.IsOverdue(request.DueAt));
        Assert.True(request.IsOverdue(request.DueAt.AddTicks(1)));
        Assert.Equal("reason", Assert.Throws<DomainException>(() => request.Refuse("compliance@x", " ", Thursday.AddDays(1))).Field);
        request.Refuse("compliance@x", "订单未完成，完成后再注销", Thursday.AddDays(1));
        Assert.Throws<InvalidStateException>(() => request.Complete("compliance@x", "done", Thursday.AddDays(2)));
        Assert.False(request.IsOverdue(request.DueAt.AddDays(5)));
        Assert.Equal(["received", "refused"], request.Entries.Select(e => e.Action).ToArray());
    }

    [Fact]
    public void A_separate_consent_replaces_a_bundled_one_and_a_withdrawal_ends_it_at_once()
    {
        var customer = new Customer("C1", "王小明", Channels.Organic, Thursday);
        customer.GrantConsent(PrivacyPurposes.BiometricPayment, "app", "signup", Thursday);
        Assert.False(customer.HasSeparateConsent(PrivacyPurposes.BiometricPayment));

        customer.GrantConsent(PrivacyPurposes.BiometricPayment, "app", "settings", Thursday.AddMinutes(1), separate: true);
        Assert.True(customer.HasSeparateConsent(PrivacyPurposes.BiometricPayment));
        Assert.Equal(2, customer.Consents.Count);
        Assert.NotNull(customer.Consents[0].WithdrawnAt);

        customer.WithdrawConsent(PrivacyPurposes.BiometricPayment, "app", Thursday.AddMinutes(2));
        Assert.False(customer.HasSeparateConsent(PrivacyPurposes.BiometricPayment));
    }

    [Fact]
    public void Sensitive_purposes_rest_on_consent_and_the_defaults_mark_biometrics_location_and_health_sensitive()
    {
        Assert.Equal("legalBasis", Assert.Throws<DomainException>(() =>
            new PrivacyPurpose("face_login", "刷脸登录", true, LegalBasis.ContractNecessity, "until withdrawn", "x", Thursday)).Field);
        Assert.Equal([PrivacyPurposes.BiometricPayment, PrivacyPurposes.HealthProof, PrivacyPurposes.PreciseLocation],
            PrivacyPurposes.Defaults(Thursday).Where(p => p.Sensitive).Select(p => p.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("code", Assert.Throws<DomainException>(() => new PrivacyPurpose("Bad Code", "x", false, LegalBasis.Consent, "x", "x", Thursday)).Field);
    }

    [Fact]
    public void Anonymisation_erases_the_person_but_the_order_keeps_its_amounts_lines_and_history_with_masked_fields()
    {
        var order = DeliveredOrders.With(DeliveredOrders.Line("TENT", "outdoor", 2, 399m, discount: 20m));
        var customer = new Customer("C1", "王小明", Channels.Organic, Thursday, "13812345678", "wang@example.com");
        customer.AddAddress(PostalAddress.Create("王小明", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 1 号"));
        customer.GrantConsent("marketing", "sms", "signup", Thursday);
        var (total, lines, history) = (order.Total, order.Lines.Count, order.History.Count);

        customer.Anonymise(Thursday.AddDays(1));
        order.MaskPersonalData();

        Assert.Equal((Customer.AnonymisedName, null, null, 0, true), (customer.Name, customer.Phone, customer.Email, customer.Addresses.Count, customer.NonPersonalised));
        Assert.All(customer.Consents, c => Assert.Equal(Thursday.AddDays(1), c.WithdrawnAt));
        Assert.Throws<InvalidStateException>(() => customer.GrantConsent("marketing", "sms", "api", Thursday.AddDays(2)));
        Assert.Equal((778m, 1, history), (order.Total, lines, order.History.Count));
        Assert.Equal(("王**", "138****5678", "文三路***", "杭州市"), (order.ShippingAddress!.Recipient, order.ShippingAddress.Phone, order.ShippingAddress.Line, order.ShippingAddress.City));
    }
}
