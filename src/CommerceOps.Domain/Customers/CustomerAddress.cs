namespace CommerceOps.Domain.Customers;

/// <summary>An address in a customer's address book.</summary>
public sealed class CustomerAddress
{
    private CustomerAddress() { }

    internal CustomerAddress(PostalAddress address, bool isDefault)
    {
        Address = address;
        IsDefault = isDefault;
    }

    public long Id { get; private set; }
    public long CustomerId { get; private set; }
    public PostalAddress Address { get; private set; } = null!;
    public bool IsDefault { get; internal set; }
}
