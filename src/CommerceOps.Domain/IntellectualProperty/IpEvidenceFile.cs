namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>
/// An uploaded evidence file of the IP area (an authorisation scan, design drawings, a complainant's proof). The bytes are
/// checked and stored exactly like after-sales evidence (same format rules and folder); the row is its own, so a return
/// request can never claim it. Records name it by <see cref="Token"/>.
/// </summary>
public sealed class IpEvidenceFile
{
    private IpEvidenceFile() { }

    public IpEvidenceFile(string token, string fileName, string contentType, long length, string sha256, string storagePath, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Token = token;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        StoragePath = storagePath;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public long Id { get; private set; }
    public string Token { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StoragePath { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}
