using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;

namespace CommerceOps.Domain.Tests.IntellectualProperty;

public class InfringementComplaintTests
{
    private static readonly DateTimeOffset Received = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static InfringementComplaint Complaint() =>
        new("IPC-1", "山野户外用品有限公司", "ip@example.com", 42, "山野 折叠椅", ClaimedRight.Brand, "山野", "未经授权使用商标", ["ev_1"], "compliance@test", Received);

    [Fact]
    public void Received_then_taken_down_then_closed_records_who_when_and_why_at_each_step()
    {
        var c = Complaint();
        c.TakeDown("alice", "权利人证据充分", Received.AddHours(2));
        c.Close("bob", "已通知卖家", Received.AddHours(5));

        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal((ComplaintStatus?)ComplaintStatus.TakenDown, c.Decision);
        Assert.Equal(("权利人证据充分", "alice"), (c.DecisionReason, c.DecidedBy));
        Assert.Equal(
            [(null, ComplaintStatus.Received, "compliance@test"), (ComplaintStatus.Received, ComplaintStatus.TakenDown, "alice"), (ComplaintStatus.TakenDown, ComplaintStatus.Closed, "bob")],
            c.History.Select(h => (h.From, h.To, h.By)).ToList());
        Assert.Equal([Received, Received.AddHours(2), Received.AddHours(5)], c.History.Select(h => h.At).ToList());
    }

    [Fact]
    public void Only_a_received_complaint_is_decided_and_only_a_decided_one_is_closed()
    {
        var c = Complaint();
        Assert.Throws<InvalidStateException>(() => c.Close("bob", "", Received.AddHours(1)));
        c.Keep("alice", "卖家持有有效授权书", Received.AddHours(1));
        Assert.Throws<InvalidStateException>(() => c.TakeDown("alice", "改主意", Received.AddHours(2)));
        Assert.Throws<InvalidStateException>(() => c.Keep("alice", "再次", Received.AddHours(2)));
        c.Close("bob", "", Received.AddHours(3));
        Assert.Throws<InvalidStateException>(() => c.Close("bob", "", Received.AddHours(4)));
        Assert.Equal([ComplaintStatus.Received, ComplaintStatus.Kept, ComplaintStatus.Closed], c.History.Select(h => h.To).ToList());
    }

    [Fact]
    public void A_decision_needs_a_reason_and_a_notice_needs_evidence()
    {
        var c = Complaint();
        Assert.Equal("reason", Assert.Throws<DomainException>(() => c.TakeDown("alice", " ", Received.AddHours(1))).Field);
        Assert.Equal("at", Assert.Throws<DomainException>(() => c.Keep("alice", "ok", Received.AddHours(-1))).Field);
        Assert.Equal(ComplaintStatus.Received, c.Status);
        Assert.Equal("evidence", Assert.Throws<DomainException>(() =>
            new InfringementComplaint("IPC-2", "x", null, 1, "t", ClaimedRight.Design, "DSN-1", "d", [], "c", Received)).Field);
    }
}
