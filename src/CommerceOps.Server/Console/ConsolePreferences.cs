using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CommerceOps.Server.WebConsole;

/// <summary>
/// Language and large-text mode, each kept in a cookie: zh-CN unless the user switched to English.
/// </summary>
public static class ConsolePreferences
{
    public const string LargeTextCookie = "commerceops.large-text";
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";

    public static bool LargeText(HttpContext http) => http.Request.Cookies[LargeTextCookie] == "1";

    public static RequestLocalizationOptions Localization()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese, English],
            SupportedUICultures = [Chinese, English],
        };
        // Only the cookie: the console is Chinese by default whatever the browser's Accept-Language says.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    public static void MapPreferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/console/preferences").AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/culture", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http) =>
        {
            var chosen = culture == English.Name ? English : Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)), Persistent());
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });
        group.MapPost("/large-text", ([FromForm] string? returnUrl, HttpContext http) =>
        {
            if (LargeText(http)) http.Response.Cookies.Delete(LargeTextCookie);
            else http.Response.Cookies.Append(LargeTextCookie, "1", Persistent());
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });
    }

    private static CookieOptions Persistent() => new()
    {
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        IsEssential = true,
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
    };

    /// <summary>Only paths on this site, so the switch cannot be used to send someone elsewhere.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
