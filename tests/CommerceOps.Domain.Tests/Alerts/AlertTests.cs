using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Tests.Alerts;

public sealed class AlertTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Opening_raises_an_event_and_only_a_level_change_raises_another()
    {
        var alert = new Alert(new AlertNotice("metrics", "gmv", AlertLevel.Yellow, "GMV down 12%", "detail"), T0);
        Assert.Single(alert.DomainEvents);
        alert.ClearDomainEvents();

        alert.Update(new AlertNotice("metrics", "gmv", AlertLevel.Yellow, "GMV down 13%", "detail"), T0.AddMinutes(5));
        Assert.Empty(alert.DomainEvents);
        Assert.Equal("GMV down 13%", alert.Title);

        alert.Update(new AlertNotice("metrics", "gmv", AlertLevel.Red, "GMV down 31%", "detail"), T0.AddMinutes(10));
        var raised = Assert.IsType<AlertRaised>(Assert.Single(alert.DomainEvents));
        Assert.Equal("Red", raised.Level);
    }

    [Fact]
    public void A_closed_alert_stays_closed()
    {
        var alert = new Alert(new AlertNotice("logistics.late_shipment", "SH1", AlertLevel.Red, "Late", ""), T0);
        alert.Acknowledge("ops1", T0.AddMinutes(1));
        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        alert.Close(T0.AddMinutes(2));
        Assert.False(alert.IsOpen);
        Assert.Throws<DomainException>(() => alert.Update(new AlertNotice("logistics.late_shipment", "SH1", AlertLevel.Red, "Late", ""), T0.AddMinutes(3)));
        Assert.Throws<DomainException>(() => alert.Acknowledge("ops1", T0.AddMinutes(3)));
    }

    [Fact]
    public void A_notice_without_a_title_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new Alert(new AlertNotice("metrics", "gmv", AlertLevel.Red, " ", ""), T0));
        Assert.Equal("title", error.Field);
    }
}
