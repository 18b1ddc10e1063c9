namespace Crewline.MailCapture;

/// <summary>
/// A development SMTP server that keeps what it receives and lists it over HTTP.
/// SMTP port: <c>MailCapture:SmtpPort</c> (default 2525, loopback); HTTP: the usual ASP.NET Core URLs.
/// </summary>
public static class MailCaptureProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var store = new CapturedMailStore();
        var smtp = new SmtpCaptureServer(builder.Configuration.GetValue("MailCapture:SmtpPort", 2525), store);

        var app = builder.Build();
        app.MapCaptureEndpoints(store);
        app.Lifetime.ApplicationStarted.Register(() => smtp.StartAsync().GetAwaiter().GetResult());
        app.Lifetime.ApplicationStopping.Register(() => smtp.StopAsync().GetAwaiter().GetResult());
        app.Logger.LogInformation("Capturing SMTP on 127.0.0.1:{Port}", smtp.Port);
        app.Run();
    }
}
