using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales.ValueAdded;

/// <summary>
/// A booked visit for one SKU of an order: booked into a slot, assigned to a technician, reported done by the
/// technician, and confirmed by the customer (completion confirmation).
/// </summary>
public sealed class ServiceAppointment
{
    public const int MaxNoteLength = 500;

    private ServiceAppointment() { }

    public static ServiceAppointment Book(string number, Order order, OrderLine line, ServiceOffering offering, ServiceSlot slot, DateTimeOffset now)
    {
        if (order.Status is OrderStatus.Cancelled or OrderStatus.Refunded or OrderStatus.Placed)
            throw new InvalidStateException($"An order that is {order.Status.ToWire()} cannot take a service appointment.");
        if (slot.Kind != offering.Kind) throw new DomainException("The slot is for another kind of service.", "slotId");
        if (slot.StartsAt <= now) throw new DomainException("The slot has already started.", "slotId");
        if (order.ShippingAddress is { } address && address.City != slot.City)
            throw new DomainException($"The slot is in {slot.City}, the order goes to {address.City}.", "slotId");
        return new ServiceAppointment
        {
            Number = number,
            OrderId = order.Id,
            OrderNumber = order.Number,
            SkuCode = line.SkuCode,
            Kind = offering.Kind,
            Price = offering.Price,
            SlotId = slot.Id,
            City = slot.City,
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Status = AppointmentStatus.Booked,
            BookedAt = now,
        };
    }

    public long Id { get; private set; }
    public string Number { get; private set; } = "";
    public long OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public string SkuCode { get; private set; } = "";
    public ValueAddedServiceKind Kind { get; private set; }
    public decimal Price { get; private set; }
    public long SlotId { get; private set; }
    public string City { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public AppointmentStatus Status { get; private set; }
    public string? TechnicianCode { get; private set; }
    public DateTimeOffset BookedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletionNote { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public void Assign(Technician technician, DateTimeOffset at)
    {
        if (Status is not (AppointmentStatus.Booked or AppointmentStatus.Assigned))
            throw new InvalidStateException($"Appointment {Number} is {Status.ToWire()}; it cannot be reassigned.");
        if (!technician.Does(Kind)) throw new DomainException($"{technician.Name} does not do {Kind.ToWire()}.", "technician");
        if (technician.City != City) throw new DomainException($"{technician.Name} works in {technician.City}, not {City}.", "technician");
        TechnicianCode = technician.Code;
        Status = AppointmentStatus.Assigned;
        AssignedAt = at;
    }

    public void Complete(string technicianCode, string? note, DateTimeOffset at)
    {
        if (Status != AppointmentStatus.Assigned) throw new InvalidStateException($"Appointment {Number} is {Status.ToWire()}, not assigned.");
        if (technicianCode != TechnicianCode) throw new DomainException($"Appointment {Number} is assigned to {TechnicianCode}.", "technician");
        note = note?.Trim();
        if (note?.Length > MaxNoteLength) throw new DomainException($"The note is at most {MaxNoteLength} characters.", "note");
        Status = AppointmentStatus.Completed;
        CompletedAt = at;
        CompletionNote = note;
    }

    public void Confirm(DateTimeOffset at)
    {
        if (Status != AppointmentStatus.Completed) throw new InvalidStateException($"Appointment {Number} is {Status.ToWire()}; only a completed visit is confirmed.");
        Status = AppointmentStatus.Confirmed;
        ConfirmedAt = at;
    }
}
