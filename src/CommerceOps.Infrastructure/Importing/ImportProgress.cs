namespace CommerceOps.Infrastructure.Importing;

/// <summary>How far a pass over the file is, measured in bytes of the file on disk (compressed for .gz).</summary>
public sealed record ImportProgress(string Phase, long BytesDone, long BytesTotal, long RowsRead)
{
    public const string Validating = "validating";
    public const string Importing = "importing";
}
