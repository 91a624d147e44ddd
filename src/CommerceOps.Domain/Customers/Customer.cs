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
    public ConsentRecord GrantConsent(string purpose, string channel, string source, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(purpose)) throw new DomainException("Consent needs a purpose.", "purpose");
        if (string.IsNullOrWhiteSpace(channel)) throw new DomainException("Consent needs a channel.", "channel");
        var active = ActiveConsent(purpose, channel);
        if (active is not null) return active;
        var record = new ConsentRecord(purpose, channel, at, source);
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

    private ConsentRecord? ActiveConsent(string purpose, string channel) =>
        _consents.FirstOrDefault(c => c.Purpose == purpose && c.Channel == channel && c.IsActive);
}
