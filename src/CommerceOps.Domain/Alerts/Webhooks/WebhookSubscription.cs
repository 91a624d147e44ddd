using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts.Webhooks;

/// <summary>
/// Where alert notifications are POSTed. The secret signs every delivery (HMAC-SHA256); it is shown once when set and
/// never returned or logged afterwards.
/// </summary>
public sealed class WebhookSubscription
{
    public const int MinSecretLength = 16;

    private WebhookSubscription() { }

    public WebhookSubscription(string name, string url, string secret, bool active, DateTimeOffset now)
    {
        Apply(name, url, active);
        SetSecret(secret);
        CreatedAt = UpdatedAt = now;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Url { get; private set; } = "";
    public string Secret { get; private set; } = "";
    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string name, string url, string? secret, bool active, DateTimeOffset now)
    {
        Apply(name, url, active);
        if (secret is not null) SetSecret(secret);
        UpdatedAt = now;
    }

    private void Apply(string name, string url, bool active)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("A webhook needs a name.", "name") : name.Trim();
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new DomainException("The URL must be an absolute http or https address.", "url");
        Url = uri.ToString();
        Active = active;
    }

    private void SetSecret(string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinSecretLength)
            throw new DomainException($"The secret has at least {MinSecretLength} characters.", "secret");
        Secret = secret;
    }
}
