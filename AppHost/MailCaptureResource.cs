using Microsoft.Extensions.Configuration;
using Crewline.Contracts;

namespace Crewline.AppHost;

/// <summary>
/// Run mode only: the SMTP capture server (src/MailCapture) as the client comms service's mail relay,
/// so client mail sent while developing is kept and listed at its HTTP endpoint instead of reaching
/// anyone. A published configuration sets the real relay (ClientComms:Mail:Smtp:*) instead.
/// </summary>
public static class MailCaptureResource
{
    /// <summary>The capture server's SMTP port (below the ephemeral range, like the other local servers).</summary>
    public const int DefaultSmtpPort = 27025;

    /// <summary>Its HTTP listing of captured mail (<c>Crewline:Local:MailCapturePort</c>).</summary>
    public const int DefaultHttpPort = 5190;

    public static IResourceBuilder<ProjectResource> WithMailCapture(this IResourceBuilder<ProjectResource> clientComms, IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode) return clientComms;
        var smtpPort = builder.Configuration.GetValue("Crewline:Local:SmtpPort", DefaultSmtpPort);
        var httpPort = builder.Configuration.GetValue("Crewline:Local:MailCapturePort", DefaultHttpPort);
        var capture = builder.AddProject<Projects.MailCapture>(ResourceNames.MailCapture)
            .WithHttpEndpoint(port: httpPort, name: ResourceNames.HttpEndpoint)
            .WithEnvironment("MailCapture__SmtpPort", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint);
#pragma warning disable ASPIRECERTIFICATES001 // plain HTTP like every project here: see CrewlineResourceExtensions
        capture.WithoutHttpsCertificate();
#pragma warning restore ASPIRECERTIFICATES001
        return clientComms
            .WithEnvironment("ClientComms__Mail__Smtp__Host", "127.0.0.1")
            .WithEnvironment("ClientComms__Mail__Smtp__Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("ClientComms__Mail__Smtp__TlsMode", "None")
            .WithEnvironment("ClientComms__Inbound__SigningSecret", builder.Configuration["ClientComms:Inbound:SigningSecret"] ?? "")
            .WaitFor(capture);
    }
}
