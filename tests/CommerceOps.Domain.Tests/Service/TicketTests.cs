using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service.Tickets;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Domain.Tests.Service;

public sealed class TicketTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    private Ticket NewTicket() => new(TicketChannel.Chat, "快递显示签收但没收到", "物流显示已签收，我没有收到包裹", 7, "SO001", _time.GetUtcNow());

    [Fact]
    public void The_first_agent_to_answer_owns_the_ticket_and_others_cannot_act_on_it()
    {
        var ticket = NewTicket();
        _time.Advance(TimeSpan.FromSeconds(40));
        ticket.Reply("li", "您好，我来帮您查", _time.GetUtcNow());

        Assert.Equal(("li", "li", TicketStatus.InProgress), (ticket.Owner, ticket.Handler, ticket.Status));
        Assert.Equal(40, ticket.FirstResponseSeconds);
        var refused = Assert.Throws<DomainException>(() => ticket.Reply("wang", "我也来", _time.GetUtcNow()));
        Assert.Equal("agent", refused.Field);
    }

    [Fact]
    public void A_transfer_changes_the_handler_keeps_the_owner_and_notifies_the_owner()
    {
        var ticket = NewTicket();
        ticket.Reply("li", "您好", _time.GetUtcNow());
        ticket.Transfer("li", "wang", "物流专员跟进", _time.GetUtcNow());
        ticket.Transfer("wang", "zhao", "需要仓库核实", _time.GetUtcNow());

        Assert.Equal(("li", "zhao"), (ticket.Owner, ticket.Handler));
        var transfers = ticket.Entries.Where(e => e.Kind == TicketEntryKind.Transfer).ToList();
        Assert.Equal(["li", "li"], transfers.Select(t => t.NotifiedUser));
        Assert.Equal("wang", transfers[1].Author);
        // wang handed it on, so wang no longer acts on it; the owner still can.
        Assert.Throws<DomainException>(() => ticket.Reply("wang", "…", _time.GetUtcNow()));
        ticket.Reply("li", "仓库正在核实", _time.GetUtcNow());
    }

    [Fact]
    public void Nobody_transfers_a_ticket_no_agent_has_answered()
    {
        var ticket = NewTicket();
        var refused = Assert.Throws<DomainException>(() => ticket.Transfer("li", "wang", "不是我的", _time.GetUtcNow()));
        Assert.Equal("agent", refused.Field);
        Assert.Null(ticket.Owner);
    }

    [Fact]
    public void The_handler_resolves_the_owner_is_told_and_only_the_owner_closes()
    {
        var ticket = NewTicket();
        ticket.Reply("li", "您好", _time.GetUtcNow());
        ticket.Transfer("li", "wang", "物流专员", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromHours(3));
        ticket.Resolve("wang", "已补发", _time.GetUtcNow());

        Assert.Equal("li", ticket.Entries.Single(e => e.Kind == TicketEntryKind.Resolution).NotifiedUser);
        Assert.Equal(3 * 3600, ticket.ResolutionSeconds);
        Assert.Throws<DomainException>(() => ticket.Close("wang", _time.GetUtcNow()));
        ticket.Close("li", _time.GetUtcNow());
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Throws<InvalidStateException>(() => ticket.Reply("li", "…", _time.GetUtcNow()));
    }

    [Fact]
    public void A_customer_message_reopens_a_resolved_ticket_and_restarts_its_resolution_clock()
    {
        var ticket = NewTicket();
        ticket.Reply("li", "您好", _time.GetUtcNow());
        ticket.Resolve("li", "已补发", _time.GetUtcNow());
        ticket.CustomerWrites("还是没收到", _time.GetUtcNow());

        Assert.Equal(TicketStatus.InProgress, ticket.Status);
        Assert.Null(ticket.ResolvedAt);
        Assert.Throws<InvalidStateException>(() => ticket.Close("li", _time.GetUtcNow()));
    }

    [Fact]
    public void Sla_timers_run_from_creation_and_breach_when_late()
    {
        var sla = TicketSla.Default;
        var ticket = NewTicket();
        _time.Advance(TimeSpan.FromSeconds(45));

        var running = sla.Timers(ticket, _time.GetUtcNow());
        Assert.True(running.FirstResponse.Running);
        Assert.False(running.FirstResponse.Breached);
        Assert.Equal(TimeSpan.FromSeconds(15), running.FirstResponse.Remaining);

        _time.Advance(TimeSpan.FromSeconds(16));
        Assert.True(sla.Timers(ticket, _time.GetUtcNow()).FirstResponse.Breached);

        ticket.Reply("li", "您好", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromHours(30));
        var later = sla.Timers(ticket, _time.GetUtcNow());
        Assert.True(later.FirstResponse.Breached); // answered after 61 s: stays breached
        Assert.False(later.FirstResponse.Running);
        Assert.True(later.Resolution.Breached);
        Assert.Equal(TimeSpan.Zero, later.Resolution.Remaining);
    }

    [Fact]
    public void An_answer_within_the_minute_meets_the_first_response_sla()
    {
        var ticket = NewTicket();
        _time.Advance(TimeSpan.FromSeconds(60));
        ticket.Reply("li", "您好", _time.GetUtcNow());

        var timers = TicketSla.Default.Timers(ticket, _time.GetUtcNow() + TimeSpan.FromDays(1));
        Assert.False(timers.FirstResponse.Breached);
    }

    [Fact]
    public void Satisfaction_is_given_after_resolution_and_is_one_to_five()
    {
        var ticket = NewTicket();
        Assert.Throws<InvalidStateException>(() => ticket.Rate(5, _time.GetUtcNow()));
        ticket.Reply("li", "您好", _time.GetUtcNow());
        ticket.Resolve("li", "已补发", _time.GetUtcNow());
        Assert.Equal("satisfaction", Assert.Throws<DomainException>(() => ticket.Rate(6, _time.GetUtcNow())).Field);
        ticket.Rate(4, _time.GetUtcNow());
        Assert.Equal(4, ticket.Satisfaction);
    }
}
