using Crewline.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace Crewline.BuildingBlocks.Tenancy;

/// <summary>Sets the request's <see cref="TenantContext"/> from the authenticated caller's org claim.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, TenantContext tenant)
    {
        if (CallerIdentity.From(http.User) is { } caller) tenant.Set(caller.OrgId);
        return next(http);
    }
}
