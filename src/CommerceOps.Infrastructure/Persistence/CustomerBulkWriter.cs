using CommerceOps.Domain.Customers;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>Writes customers built by the domain, with their address book and consent records, through prepared INSERTs.</summary>
public sealed class CustomerBulkWriter : IDisposable
{
    private readonly PreparedInsert _customers;
    private readonly PreparedInsert _addresses;
    private readonly PreparedInsert _consents;

    public CustomerBulkWriter(CommerceDbContext db)
    {
        var customer = db.Model.FindEntityType(typeof(Customer))!;
        var address = db.Model.FindEntityType(typeof(CustomerAddress))!;
        var postal = address.FindNavigation(nameof(CustomerAddress.Address))!.TargetEntityType;
        var consent = db.Model.FindEntityType(typeof(ConsentRecord))!;
        _customers = new PreparedInsert(db, customer, PreparedInsert.Columns(customer,
            nameof(Customer.Code), nameof(Customer.Name), nameof(Customer.Phone), nameof(Customer.Email), nameof(Customer.RegistrationChannel),
            nameof(Customer.MembershipTier), nameof(Customer.RegisteredAt), nameof(Customer.Province), nameof(Customer.City)), returnsId: true);
        _addresses = new PreparedInsert(db, address,
        [
            .. PreparedInsert.Columns(address, nameof(CustomerAddress.CustomerId), nameof(CustomerAddress.IsDefault)),
            .. PreparedInsert.Columns(postal, nameof(PostalAddress.Recipient), nameof(PostalAddress.Phone), nameof(PostalAddress.Province),
                nameof(PostalAddress.City), nameof(PostalAddress.District), nameof(PostalAddress.Line)),
        ], returnsId: false);
        _consents = new PreparedInsert(db, consent, PreparedInsert.Columns(consent,
            nameof(ConsentRecord.CustomerId), nameof(ConsentRecord.Purpose), nameof(ConsentRecord.Channel), nameof(ConsentRecord.GrantedAt),
            nameof(ConsentRecord.WithdrawnAt), nameof(ConsentRecord.Source)), returnsId: false);
    }

    /// <summary>Writes the customer and returns its new id.</summary>
    public async Task<long> WriteAsync(Customer c, CancellationToken cancellationToken)
    {
        var id = await _customers.InsertAsync(
            [c.Code, c.Name, c.Phone, c.Email, c.RegistrationChannel, c.MembershipTier, c.RegisteredAt, c.Province, c.City], cancellationToken);
        foreach (var a in c.Addresses)
            await _addresses.InsertAsync(
                [id, a.IsDefault, a.Address.Recipient, a.Address.Phone, a.Address.Province, a.Address.City, a.Address.District, a.Address.Line],
                cancellationToken);
        foreach (var r in c.Consents)
            await _consents.InsertAsync([id, r.Purpose, r.Channel, r.GrantedAt, r.WithdrawnAt, r.Source], cancellationToken);
        return id;
    }

    public void Dispose()
    {
        _customers.Dispose();
        _addresses.Dispose();
        _consents.Dispose();
    }
}
