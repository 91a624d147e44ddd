using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// Channel adapters that record each message in the store instead of handing it to a provider, inside the
/// caller's unit of work (so a message is recorded exactly when its send record is).
/// </summary>
public sealed class RecordingChannels(CommerceDbContext db, TimeProvider time) : ICampaignChannels
{
    public ICampaignChannel For(string channel) => CampaignChannels.All.Contains(channel)
        ? new Recording(channel, db, time)
        : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");

    private sealed class Recording(string channel, CommerceDbContext db, TimeProvider time) : ICampaignChannel
    {
        public string Channel => channel;

        public string Deliver(string customerId, string message)
        {
            var id = $"rec-{channel}-{Guid.CreateVersion7():N}";
            db.RecordedMessages.Add(new RecordedMessage(id, channel, customerId, message, time.GetUtcNow()));
            return id;
        }
    }
}
