namespace CommerceOps.Domain.Customers;

/// <summary>Masks personal data for staff whose work does not need it (PIPL data minimisation): 138****5678, 张*, l***@example.com.</summary>
public static class PersonalDataMask
{
    public static string? Phone(string? phone) =>
        phone is null || phone.Length < 7 ? phone : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));

    public static string? Name(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    public static string? Email(string? email)
    {
        if (email is null) return null;
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : email[..1] + "***" + email[at..];
    }

    public static string Line(string line) => line.Length <= 3 ? "***" : line[..3] + "***";
}
