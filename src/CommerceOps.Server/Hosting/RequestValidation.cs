namespace CommerceOps.Server.Hosting;

/// <summary>Collects field errors of a request; <see cref="ThrowIfAny"/> turns them into a 400 validation problem.</summary>
public sealed class RequestValidation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public RequestValidation Require(bool condition, string field, string message)
    {
        if (!condition) Add(field, message);
        return this;
    }

    public RequestValidation Text(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"{field} is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{field} is at most {maxLength} characters.");
        }
        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}

public sealed class RequestValidationException(Dictionary<string, string[]> errors) : Exception("The request has invalid fields.")
{
    public Dictionary<string, string[]> Errors { get; } = errors;
}
