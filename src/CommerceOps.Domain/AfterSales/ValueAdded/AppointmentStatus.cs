namespace CommerceOps.Domain.AfterSales.ValueAdded;

public enum AppointmentStatus
{
    Booked,
    Assigned,
    /// <summary>The technician reported the visit done; waiting for the customer's confirmation.</summary>
    Completed,
    /// <summary>The customer confirmed the visit was done.</summary>
    Confirmed,
}
