namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>A way to reach customers (SMS, WeChat, app push, email, or a recording adapter in the demo and tests).</summary>
public interface ICampaignChannel
{
    string Channel { get; }

    /// <summary>Hands the message over; returns the provider's message id.</summary>
    string Deliver(string customerId, string message);
}
