using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales.ValueAdded;

/// <summary>
/// An appointment window in a city for one kind of service, with how many visits it can take. Booking is one
/// conditional update in the store (<c>booked + 1 where booked &lt; capacity</c>), so a slot is never overbooked.
/// </summary>
public sealed class ServiceSlot
{
    public const int MaxCapacity = 500;

    private ServiceSlot() { }

    public ServiceSlot(ValueAddedServiceKind kind, string city, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity)
    {
        if (string.IsNullOrWhiteSpace(city) || city.Length > 32) throw new DomainException("A city of at most 32 characters is required.", "city");
        if (endsAt <= startsAt) throw new DomainException("A slot ends after it starts.", "endsAt");
        if (capacity is < 1 or > MaxCapacity) throw new DomainException($"Capacity is between 1 and {MaxCapacity}.", "capacity");
        Kind = kind;
        City = city.Trim();
        StartsAt = startsAt;
        EndsAt = endsAt;
        Capacity = capacity;
    }

    public long Id { get; private set; }
    public ValueAddedServiceKind Kind { get; private set; }
    public string City { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public int Capacity { get; private set; }
    public int Booked { get; private set; }
}
