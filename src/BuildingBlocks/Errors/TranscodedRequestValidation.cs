using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using BadRequest = Google.Rpc.BadRequest;
using Code = Google.Rpc.Code;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Crewline.BuildingBlocks.Errors;

/// <summary>
/// Checks a REST (JSON transcoding) request against its proto message before transcoding parses
/// it. Transcoding's own parse errors are raised before the service method (and any gRPC
/// interceptor) runs and answer with an empty details list and, for an unknown enum name, an
/// internal .NET type name; this answers instead like every other bad input: InvalidArgument
/// (HTTP 400) with a google.rpc.BadRequest detail naming each bad field (by its proto name, e.g.
/// <c>creator_roles</c>), and proto names only in the messages. What this does not recognise is
/// left to transcoding.
/// </summary>
public sealed class TranscodedRequestValidation(RequestDelegate next)
{
    private static readonly JsonFormatter StatusFormatter =
        new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(BadRequest.Descriptor)));

    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (metadata is null)
        {
            await next(context);
            return;
        }

        var violations = new List<FieldViolation>();
        var input = metadata.MethodDescriptor.InputType;
        foreach (var (name, values) in context.Request.Query)
            CheckQueryParameter(input, name, values.ToString(), violations);
        if (BodyDescriptor(metadata, input) is { } body && context.Request.ContentLength is not 0)
            await CheckBodyAsync(context.Request, body, violations);

        if (violations.Count == 0)
        {
            await next(context);
            return;
        }
        await WriteBadRequestAsync(context.Response, violations);
    }

    /// <summary>The message the body carries: the whole input for <c>body: "*"</c>, one field's message otherwise; null without a body.</summary>
    private static (MessageDescriptor Message, string Prefix)? BodyDescriptor(GrpcJsonTranscodingMetadata metadata, MessageDescriptor input) =>
        metadata.HttpRule.Body switch
        {
            null or "" => null,
            "*" => (input, ""),
            var field when input.FindFieldByName(field) is { FieldType: FieldType.Message } f => (f.MessageType, field + "."),
            _ => null,
        };

    private static void CheckQueryParameter(MessageDescriptor message, string name, string value, List<FieldViolation> violations)
    {
        var path = name.Split('.');
        FieldDescriptor? field = null;
        var current = message;
        var protoPath = new List<string>();
        foreach (var part in path)
        {
            if (current is null) return;
            field = FindField(current, part);
            if (field is null) return; // unknown query parameters are transcoding's business
            protoPath.Add(field.Name);
            current = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        if (field is null || field.FieldType == FieldType.Message) return;
        foreach (var single in value.Split(','))
            if (ScalarProblem(field, single, isJsonString: true) is { } problem)
                violations.Add(new FieldViolation(string.Join(".", protoPath), problem));
    }

    private static async Task CheckBodyAsync(HttpRequest request, (MessageDescriptor Message, string Prefix) body, List<FieldViolation> violations)
    {
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                violations.Add(new FieldViolation(body.Prefix.TrimEnd('.') is { Length: > 0 } f ? f : "body", "must be a JSON object"));
            else
                CheckObject(body.Message, document.RootElement, body.Prefix, violations);
        }
        catch (JsonException)
        {
            violations.Add(new FieldViolation("body", "is not well-formed JSON"));
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static void CheckObject(MessageDescriptor message, JsonElement element, string prefix, List<FieldViolation> violations)
    {
        if (message.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal)) return; // well-known types have their own JSON forms
        foreach (var property in element.EnumerateObject())
        {
            var field = FindField(message, property.Name);
            if (field is null)
            {
                violations.Add(new FieldViolation(prefix + property.Name, $"is not a field of {message.FullName}"));
                continue;
            }
            var path = prefix + field.Name;
            if (property.Value.ValueKind == JsonValueKind.Null) continue;
            if (field.IsMap)
            {
                if (property.Value.ValueKind != JsonValueKind.Object) violations.Add(new FieldViolation(path, "must be a JSON object"));
                continue;
            }
            if (field.IsRepeated)
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    violations.Add(new FieldViolation(path, "must be a JSON array"));
                    continue;
                }
                var index = 0;
                foreach (var item in property.Value.EnumerateArray()) CheckValue(field, item, $"{path}[{index++}]", violations);
                continue;
            }
            CheckValue(field, property.Value, path, violations);
        }
    }

    private static void CheckValue(FieldDescriptor field, JsonElement value, string path, List<FieldViolation> violations)
    {
        if (field.FieldType == FieldType.Message)
        {
            if (value.ValueKind == JsonValueKind.Object) CheckObject(field.MessageType, value, path + ".", violations);
            else if (!field.MessageType.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal))
                violations.Add(new FieldViolation(path, "must be a JSON object"));
            return;
        }
        var problem = value.ValueKind switch
        {
            JsonValueKind.String => ScalarProblem(field, value.GetString() ?? "", isJsonString: true),
            JsonValueKind.Number => ScalarProblem(field, value.GetRawText(), isJsonString: false),
            JsonValueKind.True or JsonValueKind.False => field.FieldType == FieldType.Bool ? null : "must not be a boolean",
            _ => "has a value of the wrong JSON type",
        };
        if (problem is not null) violations.Add(new FieldViolation(path, problem));
    }

    /// <summary>Why a scalar text is not a value of the field; null when it is one (or when only transcoding can tell).</summary>
    private static string? ScalarProblem(FieldDescriptor field, string text, bool isJsonString) => field.FieldType switch
    {
        FieldType.Enum => field.EnumType.FindValueByName(text) is not null
                          || int.TryParse(text, out var number) && field.EnumType.FindValueByNumber(number) is not null
            ? null
            : $"must be one of {string.Join(", ", field.EnumType.Values.Where(v => v.Number != 0).Select(v => v.Name))}",
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => int.TryParse(text, out _) ? null : "must be a 32-bit integer",
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => long.TryParse(text, out _) ? null : "must be a 64-bit integer",
        FieldType.UInt32 or FieldType.Fixed32 => uint.TryParse(text, out _) ? null : "must be an unsigned 32-bit integer",
        FieldType.UInt64 or FieldType.Fixed64 => ulong.TryParse(text, out _) ? null : "must be an unsigned 64-bit integer",
        FieldType.Bool => isJsonString && !bool.TryParse(text, out _) ? "must be true or false" : null,
        FieldType.String => isJsonString ? null : "must be a string",
        _ => null,
    };

    private static FieldDescriptor? FindField(MessageDescriptor message, string name) =>
        message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name || f.Name == name);

    private static async Task WriteBadRequestAsync(HttpResponse response, List<FieldViolation> violations)
    {
        var details = new BadRequest();
        details.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", violations),
            Details = { Any.Pack(details) },
        };
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(StatusFormatter.Format(status), response.HttpContext.RequestAborted);
    }
}
