using System.Text;
using Crewline.ServiceDefaults.Auth;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Crewline.BuildingBlocks.Errors;

/// <summary>A document answered as a file over REST: its text, media type and the name to save it as.</summary>
public sealed record DownloadedFile(string Content, string ContentType, string FileName);

/// <summary>
/// Answers a REST download (a document, not a JSON message): the caller from the bearer token, the
/// file as an attachment, and a refusal mapped as the gRPC interceptor maps it (InvalidArgument and
/// FailedPrecondition 400, NotFound 404, PermissionDenied 403, Unauthenticated 401), with a JSON body
/// of the status code and message.
/// </summary>
public static class FileDownload
{
    public static async Task<IResult> AnswerAsync(HttpContext http, Func<CallerIdentity, Task<DownloadedFile>> produce)
    {
        try
        {
            var caller = CallerIdentity.From(http.User) ?? throw new PermissionDeniedException("A bearer token with subject and org claims is required.");
            var file = await produce(caller);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
            return Results.Text(file.Content, file.ContentType, Encoding.UTF8);
        }
        catch (Exception ex) when (ErrorMappingInterceptor.ToRpcException(ex) is { } rpc)
        {
            var status = rpc.StatusCode switch
            {
                StatusCode.InvalidArgument or StatusCode.FailedPrecondition => StatusCodes.Status400BadRequest,
                StatusCode.NotFound => StatusCodes.Status404NotFound,
                StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
                StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
                _ => StatusCodes.Status500InternalServerError,
            };
            return Results.Json(new { code = (int)rpc.StatusCode, message = rpc.Status.Detail }, statusCode: status);
        }
    }
}
