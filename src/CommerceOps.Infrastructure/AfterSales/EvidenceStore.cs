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

    public async Task<ReturnEvidence> SaveAsync(string? fileName, string? declaredType, Stream content, CancellationToken ct)
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
        var evidence = new ReturnEvidence(token, label, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), relative, now);
        await unitOfWork.RunAsync(_ => { db.ReturnEvidence.Add(evidence); return Task.CompletedTask; }, ct);
        return evidence;
    }

    /// <summary>The stored file of an evidence row, for staff to view.</summary>
    public string PathOf(ReturnEvidence evidence) => Path.Combine(storage.DataDirectory, evidence.StoragePath);

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
