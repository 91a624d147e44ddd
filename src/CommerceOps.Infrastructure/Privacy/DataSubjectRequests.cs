using System.Security.Cryptography;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>
/// Data-subject requests from receipt to completion (PI-RIGHTS-008), each step one transaction and one audit entry:
/// export (the data as JSON/CSV), correction of contact details, deletion as anonymisation (<see cref="CustomerErasure"/>),
/// refusal with a reason. Completing a request resolves its overdue alert.
/// </summary>
public sealed class DataSubjectRequests(
    CommerceDbContext db, UnitOfWork unitOfWork, HolidayCalendarStore calendar, CustomerDataCollector collector, CustomerErasure erasure, IAlertInbox alerts, TimeProvider time)
{
    public sealed record Correction(string? Name, string? Phone, string? Email);

    public Task<DataSubjectRequest> ReceiveAsync(string customerCode, DataSubjectRequestKind kind, string? details, string actor, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            if (!await db.Customers.AnyAsync(c => c.Code == customerCode, ct))
                throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
            var now = time.GetUtcNow();
            var holidays = await calendar.FromAsync(WorkingDays.ChinaDate(now), ct);
            var request = DataSubjectRequest.Receive(NextNumber(now), customerCode, kind, details, actor, now, holidays);
            db.DataSubjectRequests.Add(request);
            return request;
        }, ct);

    public Task<DataSubjectRequest?> FindAsync(string number, CancellationToken ct) =>
        db.DataSubjectRequests.AsNoTracking().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Number == number, ct);

    /// <summary>Open requests first, nearest deadline first; then the latest closed ones.</summary>
    public async Task<IReadOnlyList<DataSubjectRequest>> QueueAsync(int take, CancellationToken ct)
    {
        var open = await db.DataSubjectRequests.AsNoTracking().Include(r => r.Entries).AsSplitQuery()
            .Where(r => r.Status == DataSubjectRequestStatus.Received).OrderBy(r => r.DueAt).Take(take).ToListAsync(ct);
        var closed = await db.DataSubjectRequests.AsNoTracking().Include(r => r.Entries).AsSplitQuery()
            .Where(r => r.Status != DataSubjectRequestStatus.Received).OrderByDescending(r => r.CompletedAt).Take(Math.Max(0, take - open.Count)).ToListAsync(ct);
        return [.. open, .. closed];
    }

    /// <summary>Collects the export and records it on the request (every download is audited); the first download completes an export request.</summary>
    public async Task<CustomerDataExport> ExportAsync(string number, string format, string actor, CancellationToken ct)
    {
        var code = await db.DataSubjectRequests.Where(r => r.Number == number).Select(r => r.CustomerCode).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Request '{number}' does not exist.");
        var export = await collector.CollectAsync(code, ct);
        await Modify(number, (request, now) =>
        {
            var note = $"exported as {format}: {export.Orders.Count} orders, {export.Consents.Count} consents, {export.Events.Count} events";
            if (request.Kind == DataSubjectRequestKind.Export && request.IsOpen) request.Complete(actor, note, now);
            else request.Note(actor, "exported", note, now);
            return Task.CompletedTask;
        }, ct);
        return export;
    }

    public Task<DataSubjectRequest> CorrectAsync(string number, Correction correction, string actor, CancellationToken ct) =>
        Modify(number, async (request, now) =>
        {
            if (request.Kind != DataSubjectRequestKind.Correction) throw new InvalidStateException($"Request {number} is a {request.Kind} request.");
            var customer = await db.Customers.SingleAsync(c => c.Code == request.CustomerCode, ct);
            customer.Correct(correction.Name, correction.Phone, correction.Email);
            var fields = new[] { ("name", correction.Name), ("phone", correction.Phone), ("email", correction.Email) }.Where(f => f.Item2 is not null).Select(f => f.Item1);
            request.Complete(actor, $"corrected: {string.Join(", ", fields)}", now); // the new values are not copied into the audit
        }, ct);

    public async Task<DataSubjectRequest> DeleteAsync(string number, string actor, CancellationToken ct)
    {
        string code = "";
        var result = await Modify(number, async (request, now) =>
        {
            if (request.Kind != DataSubjectRequestKind.Deletion) throw new InvalidStateException($"Request {number} is a {request.Kind} request.");
            code = request.CustomerCode;
            var (orders, returns, tickets) = await erasure.AnonymiseAsync(code, now, ct);
            request.Complete(actor, $"anonymised; kept {orders} orders (masked, {PrivacyRuleIds.Retention}: 3 years), {returns} returns, {tickets} tickets", now);
        }, ct);
        var events = await erasure.DetachEventsAsync(code, ct);
        await Modify(number, (request, now) => { request.Note("system", "events-detached", $"{events} behaviour events detached", now); return Task.CompletedTask; }, ct);
        return result;
    }

    public Task<DataSubjectRequest> RefuseAsync(string number, string reason, string actor, CancellationToken ct) =>
        Modify(number, (request, now) => { request.Refuse(actor, reason, now); return Task.CompletedTask; }, ct);

    private Task<DataSubjectRequest> Modify(string number, Func<DataSubjectRequest, DateTimeOffset, Task> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var request = await db.DataSubjectRequests.Include(r => r.Entries).SingleOrDefaultAsync(r => r.Number == number, ct)
                ?? throw new NotFoundException($"Request '{number}' does not exist.");
            var wasOpen = request.IsOpen;
            await change(request, time.GetUtcNow());
            if (wasOpen && !request.IsOpen) await alerts.ResolveAsync(PrivacyRequestMonitor.Source, number, ct);
            return request;
        }, ct);

    private static string NextNumber(DateTimeOffset now) => $"PR{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
