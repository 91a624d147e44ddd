using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>Customs declarations of cross-border orders (orders with a line reserved in a bonded warehouse).</summary>
public sealed class CustomsService(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<CustomsDeclaration?> FindAsync(string orderNumber, CancellationToken ct) =>
        db.CustomsDeclarations.AsNoTracking().SingleOrDefaultAsync(d => d.OrderNumber == orderNumber, ct);

    /// <summary>Submits the declaration, or submits a rejected one again with its corrected number.</summary>
    public Task<CustomsDeclaration> SubmitAsync(string orderNumber, string declarationNumber, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var existing = await db.CustomsDeclarations.SingleOrDefaultAsync(d => d.OrderNumber == orderNumber, ct);
            if (existing is not null)
            {
                existing.Resubmit(declarationNumber, now);
                return existing;
            }
            var order = await db.Orders.AsNoTracking().Where(o => o.Number == orderNumber).Select(o => new { o.Id }).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Order '{orderNumber}' does not exist.");
            var bonded = await (from l in db.OrderLines
                                join w in db.Warehouses on l.WarehouseId equals w.Id
                                where l.OrderId == order.Id && w.Kind == WarehouseKind.Bonded
                                select l.Id).AnyAsync(ct);
            if (!bonded) throw new DomainException($"Order '{orderNumber}' ships nothing from a bonded warehouse; it needs no customs declaration.", "orderNumber");
            var declaration = new CustomsDeclaration(order.Id, orderNumber, declarationNumber, now);
            db.CustomsDeclarations.Add(declaration);
            return declaration;
        }, ct);

    public Task<CustomsDeclaration> ClearAsync(string orderNumber, CancellationToken ct) =>
        Change(orderNumber, (d, now) => d.Clear(now), ct);

    public Task<CustomsDeclaration> RejectAsync(string orderNumber, string reason, CancellationToken ct) =>
        Change(orderNumber, (d, now) => d.Reject(reason, now), ct);

    private Task<CustomsDeclaration> Change(string orderNumber, Action<CustomsDeclaration, DateTimeOffset> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var declaration = await db.CustomsDeclarations.SingleOrDefaultAsync(d => d.OrderNumber == orderNumber, ct)
                ?? throw new NotFoundException($"Order '{orderNumber}' has no customs declaration.");
            change(declaration, time.GetUtcNow());
            return declaration;
        }, ct);
}
