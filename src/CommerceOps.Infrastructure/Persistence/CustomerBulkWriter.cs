using CommerceOps.Domain.Customers;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Writes customers built by the domain, with their address book and consent records. By default through prepared
/// INSERTs that return each new id. With <c>assignIdsFrom</c> (SQLite only, an empty table) ids are assigned here,
/// counting up from that value, and rows go through <see cref="SqliteBulkInsert"/>: several times faster, for the
/// large demo scale.
/// </summary>
public sealed class CustomerBulkWriter : IDisposable
{
    private readonly IBulkInsert _customers;
    private readonly IBulkInsert _addresses;
    private readonly IBulkInsert _consents;
    private readonly bool _assignsIds;
    private long _nextId;

    public CustomerBulkWriter(CommerceDbContext db, long? assignIdsFrom = null)
    {
        var customer = db.Model.FindEntityType(typeof(Customer))!;
        var address = db.Model.FindEntityType(typeof(CustomerAddress))!;
        var postal = address.FindNavigation(nameof(CustomerAddress.Address))!.TargetEntityType;
        var consent = db.Model.FindEntityType(typeof(ConsentRecord))!;
        _assignsIds = assignIdsFrom is not null;
        _nextId = assignIdsFrom ?? 0;
        var customerColumns = PreparedInsert.Columns(customer,
            nameof(Customer.Code), nameof(Customer.Name), nameof(Customer.Phone), nameof(Customer.Email), nameof(Customer.RegistrationChannel),
            nameof(Customer.MembershipTier), nameof(Customer.RegisteredAt), nameof(Customer.Province), nameof(Customer.City), nameof(Customer.NonPersonalised));
        IProperty[] addressColumns =
        [
            .. PreparedInsert.Columns(address, nameof(CustomerAddress.CustomerId), nameof(CustomerAddress.IsDefault)),
            .. PreparedInsert.Columns(postal, nameof(PostalAddress.Recipient), nameof(PostalAddress.Phone), nameof(PostalAddress.Province),
                nameof(PostalAddress.City), nameof(PostalAddress.District), nameof(PostalAddress.Line)),
        ];
        var consentColumns = PreparedInsert.Columns(consent,
            nameof(ConsentRecord.CustomerId), nameof(ConsentRecord.Purpose), nameof(ConsentRecord.Channel), nameof(ConsentRecord.GrantedAt),
            nameof(ConsentRecord.WithdrawnAt), nameof(ConsentRecord.Source), nameof(ConsentRecord.Separate));
        if (_assignsIds)
        {
            _customers = new SqliteBulkInsert(db, customer, [.. PreparedInsert.Columns(customer, nameof(Customer.Id)), .. customerColumns]);
            _addresses = new SqliteBulkInsert(db, address, addressColumns);
            _consents = new SqliteBulkInsert(db, consent, consentColumns);
        }
        else
        {
            _customers = new PreparedInsert(db, customer, customerColumns, returnsId: true);
            _addresses = new PreparedInsert(db, address, addressColumns, returnsId: false);
            _consents = new PreparedInsert(db, consent, consentColumns, returnsId: false);
        }
    }

    /// <summary>Writes the customer and returns its new id.</summary>
    public async Task<long> WriteAsync(Customer c, CancellationToken cancellationToken)
    {
        long id;
        if (_assignsIds)
        {
            id = _nextId++;
            await _customers.InsertAsync(
                [id, c.Code, c.Name, c.Phone, c.Email, c.RegistrationChannel, c.MembershipTier, c.RegisteredAt, c.Province, c.City, c.NonPersonalised], cancellationToken);
        }
        else
        {
            id = await _customers.InsertAsync(
                [c.Code, c.Name, c.Phone, c.Email, c.RegistrationChannel, c.MembershipTier, c.RegisteredAt, c.Province, c.City, c.NonPersonalised], cancellationToken);
        }
        foreach (var a in c.Addresses)
            await _addresses.InsertAsync(
                [id, a.IsDefault, a.Address.Recipient, a.Address.Phone, a.Address.Province, a.Address.City, a.Address.District, a.Address.Line],
                cancellationToken);
        foreach (var r in c.Consents)
            await _consents.InsertAsync([id, r.Purpose, r.Channel, r.GrantedAt, r.WithdrawnAt, r.Source, r.Separate], cancellationToken);
        return id;
    }

    public void Dispose()
    {
        _customers.Dispose();
        _addresses.Dispose();
        _consents.Dispose();
    }
}
