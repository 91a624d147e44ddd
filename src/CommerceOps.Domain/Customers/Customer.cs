using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Customers;

public sealed class Customer : AggregateRoot
{
    private readonly List<CustomerAddress> _addresses = [];
    private readonly List<ConsentRecord> _consents = [];

    private Customer() { }

    /// <param name="code">The customer's id as the outside world knows it (storefront account, source data id).</param>
    public Customer(string code, string name, string registrationChannel, DateTimeOffset registeredAt, string? phone = null, string? email = null)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("A customer needs a code.", "code");
        Code = code.Trim();
        Name = name;
        RegistrationChannel = registrationChannel;
        RegisteredAt = registeredAt;
        Phone = phone;
        Email = email;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string RegistrationChannel { get; private set; } = "";
    public string MembershipTier { get; private set; } = MembershipTiers.Regular;
    public DateTimeOffset RegisteredAt { get; private set; }
    public string? Province { get; private set; }
    public string? City { get; private set; }
    /// <summary>The customer chose non-personalised recommendations and search (PI-ADM-007); takes effect on the next request.</summary>
    public bool NonPersonalised { get; private set; }
    /// <summary>When the customer's personal data was erased on a deletion request; the transaction records stay (PI-RETAIN-009).</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }
    public IReadOnlyList<CustomerAddress> Addresses => _addresses;
    public IReadOnlyList<ConsentRecord> Consents => _consents;

    public CustomerAddress AddAddress(PostalAddress address, bool makeDefault = false)
    {
        var isDefault = makeDefault || _addresses.Count == 0;
        if (isDefault) foreach (var a in _addresses) a.IsDefault = false;
        var entry = new CustomerAddress(address, isDefault);
        _addresses.Add(entry);
        if (isDefault)
        {
            Province = address.Province;
            City = address.City;
        }
        return entry;
    }

    public void SetMembershipTier(string tier)
    {
        if (!MembershipTiers.All.Contains(tier)) throw new DomainException($"Unknown membership tier '{tier}'.", "membershipTier");
        MembershipTier = tier;
    }

    /// <summary>Records consent for a purpose on a channel; an already active consent is left as it is.</summary>
    public ConsentRecord GrantConsent(string purpose, string channel, string source, DateTimeOffset at, bool separate = false)
    {
        if (AnonymisedAt is not null) throw new InvalidStateException("The customer's personal data was erased; there is no one to consent.");
        if (string.IsNullOrWhiteSpace(purpose)) throw new DomainException("Consent needs a purpose.", "purpose");
        if (string.IsNullOrWhiteSpace(channel)) throw new DomainException("Consent needs a channel.", "channel");
        var active = ActiveConsent(purpose, channel);
        if (active is not null && (active.Separate || !separate)) return active;
        active?.Withdraw(at); // a bundled consent is replaced by the separate one, so the record says how it was given
        var record = new ConsentRecord(purpose, channel, at, source, separate);
        _consents.Add(record);
        return record;
    }

    /// <summary>Withdrawal takes effect at once: every active record for the purpose and channel is closed.</summary>
    public void WithdrawConsent(string purpose, string channel, DateTimeOffset at)
    {
        foreach (var record in _consents.Where(c => c.Purpose == purpose && c.Channel == channel && c.IsActive))
            record.Withdraw(at);
    }

    public bool HasConsent(string purpose, string channel) => ActiveConsent(purpose, channel) is not null;

    /// <summary>An active consent to the purpose given separately on any channel (PI-SENS-005).</summary>
    public bool HasSeparateConsent(string purpose) => _consents.Any(c => c.Purpose == purpose && c.IsActive && c.Separate);

    public void SetNonPersonalised(bool nonPersonalised) => NonPersonalised = nonPersonalised;

    /// <summary>Corrects the contact details on the customer's request (PIPL Art.46); null leaves a field as it is.</summary>
    public void Correct(string? name, string? phone, string? email)
    {
        if (AnonymisedAt is not null) throw new InvalidStateException("The customer's personal data was erased.");
        if (name is not null)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 100) throw new DomainException("A name is 1 to 100 characters.", "name");
            Name = name.Trim();
        }
        if (phone is not null) Phone = phone.Length == 0 ? null : phone.Trim();
        if (email is not null) Email = email.Length == 0 ? null : email.Trim();
    }

    /// <summary>
    /// Erases the personal data (PIPL Art.47): name, contacts, address book and region go, every consent is withdrawn,
    /// personalisation stops. The code stays as the pseudonymous key the retained transaction records point to.
    /// </summary>
    public void Anonymise(DateTimeOffset at)
    {
        if (AnonymisedAt is not null) return;
        Name = AnonymisedName;
        Phone = null;
        Email = null;
        Province = null;
        City = null;
        _addresses.Clear();
        foreach (var consent in _consents) consent.Withdraw(at);
        NonPersonalised = true;
        AnonymisedAt = at;
    }

    public const string AnonymisedName = "已注销用户";

    private ConsentRecord? ActiveConsent(string purpose, string channel) =>
        _consents.FirstOrDefault(c => c.Purpose == purpose && c.Channel == channel && c.IsActive);
}
