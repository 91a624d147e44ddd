using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Customers;

/// <summary>A Chinese postal address down to the district (省/市/区).</summary>
public sealed record PostalAddress(string Recipient, string Phone, string Province, string City, string District, string Line)
{
    public static PostalAddress Create(string? recipient, string? phone, string? province, string? city, string? district, string? line)
    {
        Require(recipient, "recipient");
        Require(phone, "phone");
        Require(province, "province");
        Require(city, "city");
        Require(line, "line");
        return new PostalAddress(recipient!.Trim(), phone!.Trim(), province!.Trim(), city!.Trim(), district?.Trim() ?? "", line!.Trim());
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"The address needs a {field}.", $"address.{field}");
        if (value.Length > 200) throw new DomainException($"The address {field} is longer than 200 characters.", $"address.{field}");
    }
}
