namespace CommerceOps.Infrastructure.Identity;

/// <summary>A storefront or integration allowed to call the API. Only the SHA-256 hash of its key is stored.</summary>
public sealed class ApiClient
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool Revoked { get; set; }
}
