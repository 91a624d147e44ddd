namespace CommerceOps.Domain.Privacy;

/// <summary>PIPL Arts.45–47: access and copy (export), correction, deletion (here: anonymisation keeping the transaction records).</summary>
public enum DataSubjectRequestKind
{
    Export,
    Correction,
    Deletion,
}
