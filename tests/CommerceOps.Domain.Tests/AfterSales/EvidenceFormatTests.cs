using System.Text;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Tests.AfterSales;

public class EvidenceFormatTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    public void Photos_and_pdfs_are_recognised_by_their_first_bytes(byte[] head, string type)
    {
        Assert.Equal(type, EvidenceFormat.Check(1000, head, null));
    }

    [Fact]
    public void A_program_or_a_web_page_named_like_a_photo_is_refused()
    {
        var exe = Assert.Throws<DomainException>(() => EvidenceFormat.Check(1000, "MZ\x90\0"u8, "image/jpeg"));
        var html = Assert.Throws<DomainException>(() => EvidenceFormat.Check(1000, Encoding.ASCII.GetBytes("<html><scr"), "image/png"));

        Assert.Equal(("file", "file"), (exe.Field, html.Field));
        Assert.Contains("Only JPEG, PNG or WebP", exe.Message);
    }

    [Fact]
    public void A_declared_type_that_does_not_match_the_content_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => EvidenceFormat.Check(1000, "%PDF-1.7"u8, "image/jpeg"));

        Assert.Contains("content is application/pdf", error.Message);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Throws<DomainException>(() => EvidenceFormat.Check(0, [], null));
        var big = Assert.Throws<DomainException>(() => EvidenceFormat.Check(EvidenceFormat.MaxBytes + 1, [0xFF, 0xD8, 0xFF], "image/jpeg"));
        Assert.Contains("5 MiB", big.Message);
        Assert.Equal("image/jpeg", EvidenceFormat.Check(EvidenceFormat.MaxBytes, [0xFF, 0xD8, 0xFF], "image/jpeg"));
    }
}
