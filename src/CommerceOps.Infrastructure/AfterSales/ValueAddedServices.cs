using CommerceOps.Domain.AfterSales.ValueAdded;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>
/// Unboxing inspection and home installation: offerings per SKU or category, appointment slots with capacity
/// (booked with one conditional update, never over capacity), technician assignment and completion confirmation.
/// </summary>
public sealed class ValueAddedServices(CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<ServiceOffering> AddOfferingAsync(ServiceOffering offering, CancellationToken ct) =>
        unitOfWork.RunAsync(_ => { db.ServiceOfferings.Add(offering); return Task.FromResult(offering); }, ct);

    /// <summary>The offerings that apply to a SKU, one per kind (the SKU's own over its category's).</summary>
    public async Task<IReadOnlyList<ServiceOffering>> OfferingsForAsync(string skuCode, CancellationToken ct)
    {
        var sku = await db.Skus.AsNoTracking().Where(s => s.Code == skuCode)
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => p.CategoryId)
            .Join(db.Categories, id => id, c => c.Id, (_, c) => c.Code)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException($"SKU '{skuCode}' does not exist.");
        var offerings = await db.ServiceOfferings.AsNoTracking().ToListAsync(ct);
        return [.. Enum.GetValues<ValueAddedServiceKind>().Select(k => ServiceOffering.For(offerings, k, skuCode, sku)).OfType<ServiceOffering>()];
    }

    public Task<ServiceSlot> AddSlotAsync(ServiceSlot slot, CancellationToken ct) =>
        unitOfWork.RunAsync(_ => { db.ServiceSlots.Add(slot); return Task.FromResult(slot); }, ct);

    public async Task<IReadOnlyList<ServiceSlot>> FreeSlotsAsync(ValueAddedServiceKind kind, string city, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.ServiceSlots.AsNoTracking()
            .Where(s => s.Kind == kind && s.City == city && s.StartsAt > now && s.Booked < s.Capacity)
            .OrderBy(s => s.StartsAt).Take(100).ToListAsync(ct);
    }

    public Task<Technician> AddTechnicianAsync(Technician technician, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            if (await db.Technicians.AnyAsync(t => t.Code == technician.Code, ct))
                throw new DomainException($"Technician {technician.Code} already exists.", "code");
            db.Technicians.Add(technician);
            return technician;
        }, ct);

    public Task<ServiceAppointment> BookAsync(string orderNumber, string skuCode, ValueAddedServiceKind kind, long slotId, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var order = await db.Orders.Include(o => o.Lines).AsSplitQuery().SingleOrDefaultAsync(o => o.Number == orderNumber, ct)
                ?? throw new NotFoundException($"Order '{orderNumber}' does not exist.", "orderNumber");
            var line = order.Lines.FirstOrDefault(l => l.SkuCode == skuCode)
                ?? throw new DomainException($"{skuCode} is not in order {orderNumber}.", "sku");
            var offering = ServiceOffering.For(await db.ServiceOfferings.AsNoTracking().Where(o => o.Kind == kind).ToListAsync(ct), kind, skuCode, line.CategoryCode)
                ?? throw new DomainException($"{kind.ToWire()} is not offered for {skuCode}.", "kind");
            var slot = await db.ServiceSlots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slotId, ct)
                ?? throw new NotFoundException($"Slot {slotId} does not exist.", "slotId");
            if (await db.ServiceAppointments.AnyAsync(a => a.OrderId == order.Id && a.SkuCode == skuCode && a.Kind == kind, ct))
                throw new DomainException($"{kind.ToWire()} for {skuCode} is already booked on this order.", "sku");
            var appointment = ServiceAppointment.Book(ReturnNumbers.NextAppointment(now), order, line, offering, slot, now);
            var taken = await db.ServiceSlots.Where(s => s.Id == slotId && s.Booked < s.Capacity)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Booked, s => s.Booked + 1), ct);
            if (taken == 0) throw new DomainException("The slot is fully booked; choose another.", "slotId");
            db.ServiceAppointments.Add(appointment);
            return appointment;
        }, ct);

    /// <summary>Assigns the named technician, or picks the technician of that city and skill with the fewest visits that day and none at the same time.</summary>
    public Task<ServiceAppointment> AssignAsync(string number, string? technicianCode, CancellationToken ct) =>
        Modify(number, async appointment =>
        {
            var technician = technicianCode is null
                ? await PickTechnicianAsync(appointment, ct)
                : await db.Technicians.AsNoTracking().SingleOrDefaultAsync(t => t.Code == technicianCode, ct)
                    ?? throw new NotFoundException($"Technician '{technicianCode}' does not exist.", "technician");
            if (technicianCode is not null && await BusyAsync(technician.Code, appointment, ct))
                throw new DomainException($"{technician.Name} already has a visit at that time.", "technician");
            appointment.Assign(technician, time.GetUtcNow());
        }, ct);

    public Task<ServiceAppointment> CompleteAsync(string number, string technicianCode, string? note, CancellationToken ct) =>
        Modify(number, a => { a.Complete(technicianCode, note, time.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<ServiceAppointment> ConfirmAsync(string number, CancellationToken ct) =>
        Modify(number, a => { a.Confirm(time.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<ServiceAppointment?> FindAsync(string number, CancellationToken ct) =>
        db.ServiceAppointments.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, ct);

    private async Task<Technician> PickTechnicianAsync(ServiceAppointment appointment, CancellationToken ct)
    {
        var candidates = (await db.Technicians.AsNoTracking().Where(t => t.City == appointment.City).ToListAsync(ct))
            .Where(t => t.Does(appointment.Kind)).ToList();
        var dayStart = appointment.StartsAt.AddHours(-12);
        var dayEnd = appointment.StartsAt.AddHours(12);
        var load = await db.ServiceAppointments.AsNoTracking()
            .Where(a => a.TechnicianCode != null && a.StartsAt >= dayStart && a.StartsAt < dayEnd)
            .Select(a => new { a.TechnicianCode, a.StartsAt, a.EndsAt }).ToListAsync(ct);
        return candidates
            .Where(t => !load.Any(l => l.TechnicianCode == t.Code && l.StartsAt < appointment.EndsAt && appointment.StartsAt < l.EndsAt))
            .OrderBy(t => load.Count(l => l.TechnicianCode == t.Code)).ThenBy(t => t.Code, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new DomainException($"No {appointment.Kind.ToWire()} technician in {appointment.City} is free at that time.", "technician");
    }

    private Task<bool> BusyAsync(string technicianCode, ServiceAppointment appointment, CancellationToken ct) =>
        db.ServiceAppointments.AnyAsync(a => a.Id != appointment.Id && a.TechnicianCode == technicianCode
            && a.StartsAt < appointment.EndsAt && appointment.StartsAt < a.EndsAt, ct);

    private Task<ServiceAppointment> Modify(string number, Func<ServiceAppointment, Task> change, CancellationToken ct) =>
        unitOfWork.RunAsync(async ct =>
        {
            var appointment = await db.ServiceAppointments.SingleOrDefaultAsync(a => a.Number == number, ct)
                ?? throw new NotFoundException($"Appointment '{number}' does not exist.");
            await change(appointment);
            return appointment;
        }, ct);
}
