using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// A saved campaign: its spec (checked by the domain on every change) and where its trigger stands — the next
/// scheduled run, and the end of the last event window evaluated, so each event fires once.
/// </summary>
public sealed class StoredCampaign
{
    private StoredCampaign() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Template { get; private set; }
    public CampaignSpec Spec { get; private set; } = null!;
    public CampaignStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Events up to this instant have been evaluated (event triggers); the last run (schedules).</summary>
    public DateTimeOffset EvaluatedUntil { get; private set; }
    public DateTimeOffset? NextRunAt { get; private set; }
    public int Version { get; private set; }

    public static StoredCampaign Create(string key, string name, string? template, CampaignSpec spec, DateTimeOffset now)
    {
        var campaign = spec.ToCampaign(key, name); // refuses an invalid spec with its field
        return new StoredCampaign
        {
            Key = campaign.Key, Name = campaign.Name, Template = template, Spec = spec, Status = CampaignStatus.Active, CreatedAt = now,
            EvaluatedUntil = now, NextRunAt = campaign.Trigger is CampaignTrigger.Schedule s ? s.At : null,
        };
    }

    public Campaign ToCampaign() => Spec.ToCampaign(Key, Name);

    public void Pause()
    {
        if (Status == CampaignStatus.Paused) throw new InvalidStateException($"Campaign {Key} is already paused.");
        Status = CampaignStatus.Paused;
        Version++;
    }

    /// <summary>Resuming does not replay what happened while paused: events are evaluated from now on.</summary>
    public void Resume(DateTimeOffset now)
    {
        if (Status == CampaignStatus.Active) throw new InvalidStateException($"Campaign {Key} is already active.");
        Status = CampaignStatus.Active;
        EvaluatedUntil = now;
        if (ToCampaign().Trigger is CampaignTrigger.Schedule s) NextRunAt = NextAfter(s, now, inclusive: true);
        Version++;
    }

    /// <summary>Records a run that evaluated everything up to <paramref name="until"/>; a schedule moves to its next time.</summary>
    public void Ran(DateTimeOffset until)
    {
        EvaluatedUntil = until;
        if (ToCampaign().Trigger is CampaignTrigger.Schedule s) NextRunAt = NextAfter(s, until, inclusive: false);
        Version++;
    }

    private static DateTimeOffset? NextAfter(CampaignTrigger.Schedule schedule, DateTimeOffset instant, bool inclusive)
    {
        if (schedule.At > instant || (inclusive && schedule.At == instant)) return schedule.At;
        if (schedule.Every is not { } every) return null;
        var periods = (instant - schedule.At).Ticks / every.Ticks + 1;
        return schedule.At + TimeSpan.FromTicks(every.Ticks * periods);
    }
}
