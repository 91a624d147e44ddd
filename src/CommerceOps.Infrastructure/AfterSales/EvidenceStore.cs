using System.Security.Cryptography;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>
/// Keeps uploaded evidence under <c>DATA/evidence/yyyyMM/</c> with a server-chosen name; the uploader's file name is
/// kept only as a label. The bytes are checked (<see cref="EvidenceFormat"/>) before anything is written.
/// </summary>
public sealed class EvidenceStore(StorageOptions storage, CommerceDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public const string Folder = "evidence";

    /// <param name="healthProofOf">The customer a health-related proof belongs to (their separate consent is checked by the caller).</param>
    public async Task<ReturnEvidence> SaveAsync(string? fileName, string? declaredType, Stream content, CancellationToken ct, string? healthProofOf = null)
    {
        var file = await StoreAsync(fileName, declaredType, content, ct);
        var evidence = new ReturnEvidence(file.Token, file.FileName, file.ContentType, file.Length, file.Sha256, file.StoragePath, file.StoredAt);
        if (healthProofOf is not null) evidence.MarkHealthProofOf(healthProofOf);
        await unitOfWork.RunAsync(_ => { db.ReturnEvidence.Add(evidence); return Task.CompletedTask; }, ct);
        return evidence;
    }

    /// <summary>Checks and writes the file only; the caller records it (return evidence here, IP evidence in its own table).</summary>
    public async Task<StoredEvidenceFile> StoreAsync(string? fileName, string? declaredType, Stream content, CancellationToken ct)
    {
        var bytes = await ReadCappedAsync(content, ct);
        var contentType = EvidenceFormat.Check(bytes.Length, bytes.AsSpan(0, Math.Min(bytes.Length, EvidenceFormat.HeaderBytes)), declaredType);
        var now = time.GetUtcNow();
        var token = "ev_" + Guid.CreateVersion7().ToString("N");
        var relative = Path.Combine(Folder, now.UtcDateTime.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture), token + EvidenceFormat.Extension(contentType));
        var path = Path.Combine(storage.DataDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        var label = Path.GetFileName(fileName ?? "").Trim();
        if (label.Length > 200) label = label[..200];
        return new StoredEvidenceFile(token, label, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), relative, now);
    }

    /// <summary>The stored file at a path relative to the data directory.</summary>
    public string PathOf(string storagePath) => Path.Combine(storage.DataDirectory, storagePath);

    /// <summary>The stored file of an evidence row, for staff to view.</summary>
    public string PathOf(ReturnEvidence evidence) => PathOf(evidence.StoragePath);

    // Reads at most one byte more than allowed, so an oversized upload without a Content-Length is refused too.
    private static async Task<byte[]> ReadCappedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > EvidenceFormat.MaxBytes)
                throw new DomainException($"Evidence files are at most {EvidenceFormat.MaxBytes / (1024 * 1024)} MiB.", "file");
        }
        return buffer.ToArray();
    }
}

/// <summary>An evidence file as written: the token that names it, the uploader's label, the checked type, size, hash and where it lies.</summary>
public sealed record StoredEvidenceFile(string Token, string FileName, string ContentType, long Length, string Sha256, string StoragePath, DateTimeOffset StoredAt);
