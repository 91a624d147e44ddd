using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A statement's columns as a dictionary key: equal when they are the same model properties in the same order. The
/// hot writers build their column arrays anew for each writer, so the arrays themselves cannot be the key.
/// </summary>
internal readonly struct ColumnList(IReadOnlyList<IProperty> columns) : IEquatable<ColumnList>
{
    public IReadOnlyList<IProperty> Columns { get; } = columns;

    public bool Equals(ColumnList other)
    {
        if (Columns.Count != other.Columns.Count) return false;
        for (var i = 0; i < Columns.Count; i++)
            if (!ReferenceEquals(Columns[i], other.Columns[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is ColumnList other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var column in Columns) hash.Add(RuntimeHelpers.GetHashCode(column));
        return hash.ToHashCode();
    }
}
