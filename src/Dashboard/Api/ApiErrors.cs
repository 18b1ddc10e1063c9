using Grpc.Core;

namespace Crewline.Dashboard.Api;

/// <summary>Turns a failed API call into a sentence a person can act on.</summary>
public static class ApiErrors
{
    public static string Describe(Exception error) => error switch
    {
        RpcException { StatusCode: StatusCode.Unauthenticated } =>
            "Your sign-in is missing or has expired. Sign in again with a fresh token.",
        RpcException { StatusCode: StatusCode.PermissionDenied } e =>
            $"You are not allowed to see this: {Detail(e)} Ask an org admin to add you to the project.",
        RpcException { StatusCode: StatusCode.NotFound } =>
            "Not found: it does not exist in your org.",
        RpcException { StatusCode: StatusCode.Unavailable } =>
            "Reporting is unavailable right now. Try again in a few seconds (the page retries by itself when live updates resume).",
        RpcException { StatusCode: StatusCode.ResourceExhausted } =>
            "The suite is busy. Try again in a few seconds.",
        RpcException { StatusCode: StatusCode.DeadlineExceeded } =>
            "Reporting took too long to answer. Try again.",
        RpcException { StatusCode: StatusCode.Unimplemented } =>
            "This Reporting server does not offer this view yet.",
        RpcException { StatusCode: StatusCode.InvalidArgument } e =>
            $"The request was refused: {Detail(e)}",
        RpcException e => $"Reporting answered {e.StatusCode}: {Detail(e)}",
        _ => $"Something went wrong: {error.Message}",
    };

    private static string Detail(RpcException e) =>
        string.IsNullOrWhiteSpace(e.Status.Detail) ? "" : e.Status.Detail.TrimEnd('.') + ".";
}
