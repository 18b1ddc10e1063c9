using System.Net;
using Crewline.Dashboard.Auth;
using Crewline.Dashboard.Tests.Browser;

namespace Crewline.Dashboard.Tests;

/// <summary>The sign-in form posts: a token goes into an HttpOnly cookie; anything else is refused with a reason.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task A_pasted_token_is_kept_in_an_HttpOnly_SameSite_cookie_under_the_path_base()
    {
        await using var host = new DashboardHost(Samples.Org());
        using var http = host.Http();

        using var response = await http.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard/", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{TokenCookie.Name}={Token};", cookie);
        Assert.Contains("path=/dashboard", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.bm90IGpzb24.c")]
    public async Task Something_that_is_not_a_token_with_an_org_is_refused_and_sets_no_cookie(string token)
    {
        await using var host = new DashboardHost(Samples.Org());
        using var http = host.Http();

        using var response = await http.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));

        Assert.Equal("/dashboard/signin?error=token", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Sign_out_deletes_the_cookie()
    {
        await using var host = new DashboardHost(Samples.Org());
        using var http = host.Http();

        using var response = await http.PostAsync("/dashboard/signout", new FormUrlEncodedContent([]));

        Assert.Equal("/dashboard/signin", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{TokenCookie.Name}=;") && c.Contains("expires=Thu, 01 Jan 1970"));
    }

    // {"alg":"HS256"}.{"sub":"pm-1","org":"6f1c2c8e-8d7a-4a43-9a4e-3d1f0e0b9a11"}.sig
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbS0xIiwib3JnIjoiNmYxYzJjOGUtOGQ3YS00YTQzLTlhNGUtM2QxZjBlMGI5YTExIn0.c2ln";
}
