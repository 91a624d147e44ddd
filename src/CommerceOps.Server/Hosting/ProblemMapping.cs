using System.Text.Json;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Server.Compliance;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Hosting;

/// <summary>
/// Turns every failure into RFC 9457 problem details: malformed JSON and wrong types name the field
/// (from the JSON path), business-rule refusals say which rule and field, and nothing leaks a stack trace.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, errors) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = status;
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title };
        if (status != StatusCodes.Status500InternalServerError) details.Detail = exception is BadHttpRequestException ? Describe(exception) : exception.Message;
        if (exception is PriceRulesRefusedException refused) details.Extensions["findings"] = refused.Findings.Select(PriceRulesApi.PriceFindingView.From).ToList();
        if (exception is ListingBlockedException blocked) details.Extensions["findings"] = blocked.Findings.Select(ComplianceApi.View).ToList();
        if (exception is BrandNotAuthorisedException unauthorised) details.Extensions["ruleId"] = unauthorised.RuleId;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static (int Status, string Title, Dictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        RequestValidationException v => (400, "The request has invalid fields.", v.Errors),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (413, "The request body is too large.", null),
        BadHttpRequestException bad when FindJsonError(bad) is { } json =>
            (400, "The request body is not valid JSON for this endpoint.", new() { [FieldFromPath(json.Path)] = [json.Message.Split(" Path:")[0]] }),
        BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", null),
        NotFoundException { Field: { } field } nf => (422, "Something the request names does not exist.", new() { [field] = [nf.Message] }),
        NotFoundException => (404, "Not found.", null),
        RuleViolationsException rules => (422, "The request breaks business rules.", rules.Errors.ToDictionary(e => e.Key, e => e.Value)),
        PriceRulesRefusedException { Errors.Count: > 0 } refused => (422, "The promotion breaks price rules.", refused.Errors.ToDictionary(e => e.Key, e => e.Value)),
        PriceRulesRefusedException => (422, "The promotion breaks price rules.", null),
        ListingBlockedException => (422, "The listing breaks the advertising law.", null),
        BrandNotAuthorisedException unauthorised => (422, "The listing has no valid brand authorisation.", new() { ["brand"] = [unauthorised.Message] }),
        InvalidStateException => (409, "The operation is not allowed in the current state.", null),
        DomainException { Field: { } field } de => (422, "The request breaks a business rule.", new() { [field] = [de.Message] }),
        DomainException => (422, "The request breaks a business rule.", null),
        DbUpdateConcurrencyException => (409, "Someone else changed this at the same time; try again.", null),
        _ => (500, "An unexpected error occurred.", null),
    };

    private static JsonException? FindJsonError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is JsonException json) return json;
        return null;
    }

    private static string Describe(Exception e) => FindJsonError(e)?.Message.Split(" Path:")[0] ?? e.Message;

    /// <summary>"$.lines[0].quantity" → "lines[0].quantity"; the root becomes "body".</summary>
    private static string FieldFromPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');
}
