using CommerceOps.Domain.Common;
using CommerceOps.Domain.Selection;

namespace CommerceOps.Domain.Tests.Selection;

public sealed class PreSaleCampaignTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = Start.AddDays(10);

    private static PreSaleCampaign Campaign(int target = 10) => new("PS1", "睡袋预售", 7, "SKU7", null, 50m, target, Deadline, Start);

    [Fact]
    public void Reaching_the_target_succeeds_and_closes_with_the_purchase_order_once()
    {
        var campaign = Campaign();
        campaign.PlaceDeposit("D1", 1, "C1", 6, "pay1", Start.AddDays(1));
        campaign.PlaceDeposit("D2", 2, "C2", 4, "pay2", Start.AddDays(2));

        Assert.Equal(PreSaleStatus.Succeeded, campaign.Settle(Deadline));
        Assert.Equal(PreSaleStatus.Succeeded, campaign.Settle(Deadline.AddDays(1))); // settling again changes nothing
        campaign.CloseWithPurchaseOrder("PO1", Deadline);
        campaign.CloseWithPurchaseOrder("PO2", Deadline.AddMinutes(1));

        Assert.Equal((PreSaleStatus.Closed, "PO1", PreSaleStatus.Succeeded), (campaign.Status, campaign.PurchaseOrderNumber, campaign.Outcome));
        Assert.Equal((10, 500m), (campaign.DepositedQuantity, campaign.Deposits.Sum(d => d.Amount)));
        Assert.Empty(campaign.DepositsToRefund);
    }

    [Fact]
    public void Missing_the_target_fails_and_closes_only_after_every_deposit_is_refunded()
    {
        var campaign = Campaign();
        campaign.PlaceDeposit("D1", 1, "C1", 3, "pay1", Start.AddDays(1));
        campaign.PlaceDeposit("D2", 2, "C2", 2, "pay2", Start.AddDays(2));

        Assert.Equal(PreSaleStatus.Failed, campaign.Settle(Deadline));
        Assert.Equal(["D1", "D2"], campaign.DepositsToRefund.Select(d => d.Number));
        Assert.Throws<InvalidStateException>(() => campaign.CloseWithPurchaseOrder("PO1", Deadline));
        campaign.RecordRefund("D1", "rf1", Deadline);
        Assert.Throws<InvalidStateException>(() => campaign.CloseRefunded(Deadline));
        campaign.RecordRefund("D2", "rf2", Deadline);
        campaign.RecordRefund("D2", "rf-again", Deadline.AddMinutes(5)); // a repeated refund keeps the first record
        campaign.CloseRefunded(Deadline);

        Assert.Equal((PreSaleStatus.Closed, PreSaleStatus.Failed), (campaign.Status, campaign.Outcome));
        Assert.All(campaign.Deposits, d => Assert.Equal(DepositStatus.Refunded, d.Status));
        Assert.Equal("rf2", campaign.Deposits[1].RefundReference);
    }

    [Fact]
    public void Deposits_are_refused_after_the_deadline_once_settled_and_outside_the_unit_limits()
    {
        var campaign = Campaign();

        Assert.Throws<InvalidStateException>(() => campaign.PlaceDeposit("D1", 1, "C1", 1, "p", Deadline));
        Assert.Equal("quantity", Assert.Throws<DomainException>(() => campaign.PlaceDeposit("D1", 1, "C1", 0, "p", Start)).Field);
        campaign.Settle(Start.AddDays(1));
        Assert.Throws<InvalidStateException>(() => campaign.PlaceDeposit("D1", 1, "C1", 1, "p", Start.AddDays(1)));
        Assert.Equal("deadline", Assert.Throws<DomainException>(() => new PreSaleCampaign("PS2", "x", 1, "S", null, 1m, 1, Start, Start)).Field);
    }

    [Fact]
    public void Only_customers_in_the_voting_segments_may_vote()
    {
        VotingEligibility.Default.Check("C1", "champions");
        VotingEligibility.Default.Check("C1", "loyal");
        Assert.Equal("customerCode", Assert.Throws<VoteNotAllowedException>(() => VotingEligibility.Default.Check("C1", "hibernating")).Field);
        Assert.Throws<VoteNotAllowedException>(() => VotingEligibility.Default.Check("C1", null));
    }
}
