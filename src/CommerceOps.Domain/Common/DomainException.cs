namespace CommerceOps.Domain.Common;

/// <summary>A business rule refused the operation. <see cref="Field"/> names the input that broke it, when one did.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The operation is not allowed in the aggregate's current state (HTTP 409).</summary>
public sealed class InvalidStateException(string message) : DomainException(message);

/// <summary>Something the operation needs does not exist (HTTP 404 or 422 depending on where it was named).</summary>
public sealed class NotFoundException(string message, string? field = null) : DomainException(message, field);
