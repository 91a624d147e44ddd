using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// What evidence may be uploaded: JPEG, PNG, WebP photos and PDF documents up to 5 MiB each. The type is read from
/// the file's first bytes (magic numbers), never trusted from the name or the declared content type, so a renamed
/// executable or HTML page is refused.
/// </summary>
public static class EvidenceFormat
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxFilesPerRequest = 6;
    public const int HeaderBytes = 12;

    /// <summary>The content type the bytes really are, or null when they are none of the accepted formats.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        _ => ".pdf",
    };

    /// <summary>Checks the size and the bytes; returns the real content type.</summary>
    public static string Check(long length, ReadOnlySpan<byte> head, string? declaredType)
    {
        if (length == 0) throw new DomainException("The file is empty.", "file");
        if (length > MaxBytes) throw new DomainException($"Evidence files are at most {MaxBytes / (1024 * 1024)} MiB.", "file");
        var actual = Sniff(head) ?? throw new DomainException("Only JPEG, PNG or WebP photos and PDF documents are accepted.", "file");
        if (!string.IsNullOrWhiteSpace(declaredType) && declaredType != "application/octet-stream"
            && !string.Equals(declaredType.Split(';')[0].Trim(), actual, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"The file says it is {declaredType} but its content is {actual}.", "file");
        return actual;
    }
}
