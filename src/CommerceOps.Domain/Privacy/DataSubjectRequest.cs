using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Privacy;

/// <summary>
/// A data-subject request (PI-RIGHTS-008): export, correction or deletion of one customer's data, with a deadline
/// counted in working days, a status, and an audit trail of every step. A refusal must give its reason (Art.50).
/// </summary>
public sealed class DataSubjectRequest
{
    /// <summary>Common PIPL practice (App 违法违规收集使用个人信息行为认定方法): answer within 15 working days. SPEC.md sets no number.</summary>
    public const int DefaultWorkingDays = 15;
    public const int MaxNoteLength = 1000;

    private readonly List<DataSubjectRequestEntry> _entries = [];

    private DataSubjectRequest() { }

    public static DataSubjectRequest Receive(string number, string customerCode, DataSubjectRequestKind kind, string? details, string actor,
        DateTimeOffset at, HolidayCalendar calendar, int workingDays = DefaultWorkingDays)
    {
        if (string.IsNullOrWhiteSpace(customerCode)) throw new DomainException("A request names the customer.", "customerCode");
        if (details is { Length: > MaxNoteLength }) throw new DomainException($"Details are at most {MaxNoteLength} characters.", "details");
        var request = new DataSubjectRequest
        {
            Number = number,
            CustomerCode = customerCode.Trim(),
            Kind = kind,
            Details = details?.Trim() ?? "",
            Status = DataSubjectRequestStatus.Received,
            ReceivedAt = at,
            DueAt = WorkingDays.DeadlineAfter(at, workingDays, calendar),
        };
        request._entries.Add(new DataSubjectRequestEntry(at, actor, "received", $"{kind} request; due {request.DueAt:yyyy-MM-dd} (UTC+8)"));
        return request;
    }

    public long Id { get; private set; }
    public string Number { get; private set; } = "";
    public string CustomerCode { get; private set; } = "";
    public DataSubjectRequestKind Kind { get; private set; }
    public string Details { get; private set; } = "";
    public DataSubjectRequestStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? OverdueAlertedAt { get; private set; }
    public IReadOnlyList<DataSubjectRequestEntry> Entries => _entries;

    public bool IsOpen => Status == DataSubjectRequestStatus.Received;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    public void Note(string actor, string action, string note, DateTimeOffset at) =>
        _entries.Add(new DataSubjectRequestEntry(at, actor, action, Truncate(note)));

    public void Complete(string actor, string note, DateTimeOffset at)
    {
        EnsureOpen();
        Status = DataSubjectRequestStatus.Completed;
        CompletedAt = at;
        _entries.Add(new DataSubjectRequestEntry(at, actor, "completed", Truncate(note)));
    }

    public void Refuse(string actor, string reason, DateTimeOffset at)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException($"{PrivacyRuleIds.Rights}: a refusal gives its reason.", "reason");
        Status = DataSubjectRequestStatus.Refused;
        CompletedAt = at;
        _entries.Add(new DataSubjectRequestEntry(at, actor, "refused", Truncate(reason)));
    }

    public void MarkOverdueAlerted(DateTimeOffset at) => OverdueAlertedAt ??= at;

    private void EnsureOpen()
    {
        if (!IsOpen) throw new InvalidStateException($"Request {Number} is already {Status.ToString().ToLowerInvariant()}.");
    }

    private static string Truncate(string text) => text.Length <= MaxNoteLength ? text : text[..MaxNoteLength];
}
