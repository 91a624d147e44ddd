using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Catalog;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>
/// The infringement-complaint workflow: receive a notice (the claimed brand or design must be in the library), then take
/// the listing down — the product is delisted in the same transaction and leaves the search index — or keep it, then close.
/// </summary>
public sealed class ComplaintService(CommerceDbContext db, UnitOfWork uow, IpEvidence evidence, ProductSearchIndex index, TimeProvider time)
{
    public Task<InfringementComplaint> ReceiveAsync(NewComplaint request, string by, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProductId, ct)
                ?? throw new NotFoundException($"Product {request.ProductId} does not exist.", "productId");
            var reference = request.RightReference.Trim();
            var known = request.Right == ClaimedRight.Brand
                ? await db.Brands.AnyAsync(b => b.Name == reference, ct)
                : await db.OriginalDesigns.AnyAsync(d => d.Code == reference, ct);
            if (!known) throw new NotFoundException($"The {request.Right.ToWire()} '{reference}' is not registered.", "rightReference");
            var files = await evidence.RequireAsync(request.Evidence, ct);
            var now = time.GetUtcNow();
            var complaint = new InfringementComplaint(IpNumbers.Next("IPC", now), request.Complainant, request.ComplainantContact, product.Id, product.Title,
                request.Right, reference, request.Description, files, by, now);
            db.InfringementComplaints.Add(complaint);
            await db.SaveChangesAsync(ct);
            return complaint;
        }, ct);

    public async Task<InfringementComplaint> TakeDownAsync(string number, string by, string reason, CancellationToken ct)
    {
        var complaint = await ChangeAsync(number, async (c, now, ct) =>
        {
            c.TakeDown(by, reason, now);
            var product = await db.Products.SingleAsync(p => p.Id == c.ProductId, ct);
            product.Unpublish();
        }, ct);
        index.Remove(complaint.ProductId);
        return complaint;
    }

    public Task<InfringementComplaint> KeepAsync(string number, string by, string reason, CancellationToken ct) =>
        ChangeAsync(number, (c, now, _) => { c.Keep(by, reason, now); return Task.CompletedTask; }, ct);

    public Task<InfringementComplaint> CloseAsync(string number, string by, string note, CancellationToken ct) =>
        ChangeAsync(number, (c, now, _) => { c.Close(by, note, now); return Task.CompletedTask; }, ct);

    public Task<InfringementComplaint?> FindAsync(string number, CancellationToken ct) =>
        db.InfringementComplaints.AsNoTracking().Include(c => c.History).SingleOrDefaultAsync(c => c.Number == number, ct);

    /// <summary>The queue: open complaints first (oldest first), then the decided and closed ones, newest first.</summary>
    public async Task<List<InfringementComplaint>> ListAsync(ComplaintStatus? status, int limit, CancellationToken ct)
    {
        var complaints = db.InfringementComplaints.AsNoTracking().Include(c => c.History).AsQueryable();
        if (status is { } s) complaints = complaints.Where(c => c.Status == s);
        var rows = await complaints.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(limit).ToListAsync(ct);
        return [.. rows.Where(c => c.Status == ComplaintStatus.Received).OrderBy(c => c.ReceivedAt), .. rows.Where(c => c.Status != ComplaintStatus.Received)];
    }

    private Task<InfringementComplaint> ChangeAsync(string number, Func<InfringementComplaint, DateTimeOffset, CancellationToken, Task> change, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var complaint = await db.InfringementComplaints.Include(c => c.History).SingleOrDefaultAsync(c => c.Number == number, ct)
                ?? throw new NotFoundException($"Complaint '{number}' does not exist.");
            await change(complaint, time.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            return complaint;
        }, ct);
}
