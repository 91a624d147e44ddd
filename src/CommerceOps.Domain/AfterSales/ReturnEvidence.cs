namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// An uploaded evidence file (photo or document). The bytes live under the data directory at <see cref="StoragePath"/>
/// (relative, named by the server, never by the uploader); a request claims the file by its <see cref="Token"/>.
/// </summary>
public sealed class ReturnEvidence
{
    private ReturnEvidence() { }

    public ReturnEvidence(string token, string fileName, string contentType, long length, string sha256, string storagePath, DateTimeOffset uploadedAt)
    {
        Token = token;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        StoragePath = storagePath;
        UploadedAt = uploadedAt;
    }

    public long Id { get; private set; }
    public string Token { get; private set; } = "";
    public long? ReturnRequestId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StoragePath { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// The customer whose health-related proof (e.g. an allergy photo) this is, when it is one: sensitive personal
    /// information (PIPL Art.28), uploaded and used only on that customer's separate consent (PI-SENS-005).
    /// </summary>
    public string? HealthProofOf { get; private set; }

    public bool IsClaimed => ReturnRequestId is not null;

    public void MarkHealthProofOf(string customerCode) => HealthProofOf = customerCode;
}
