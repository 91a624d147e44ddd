namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>A message the recording channel "delivered": what a real SMS/WeChat/push/email adapter would have sent.</summary>
public sealed class RecordedMessage
{
    private RecordedMessage() { }

    public RecordedMessage(string providerMessageId, string channel, string customerCode, string text, DateTimeOffset at)
    {
        ProviderMessageId = providerMessageId;
        Channel = channel;
        CustomerCode = customerCode;
        Text = text;
        At = at;
    }

    public long Id { get; private set; }
    public string ProviderMessageId { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public string CustomerCode { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
