using System.Net;
using System.Text;

namespace Crewline.MailCapture;

/// <summary>The HTTP listing of captured mail: <c>GET /messages</c> (JSON, oldest first) and <c>GET /</c> (an HTML page).</summary>
public static class CaptureEndpoints
{
    public static WebApplication MapCaptureEndpoints(this WebApplication app, CapturedMailStore store)
    {
        app.MapGet("/messages", () => Results.Json(store.All()));
        app.MapGet("/", () => Results.Content(Page(store.All()), "text/html; charset=utf-8"));
        app.MapGet("/health", () => Results.Text("Healthy"));
        return app;
    }

    private static string Page(IReadOnlyList<CapturedMail> mails)
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Crewline mail capture</title>"
            + "<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;margin:1em 0;padding:1em}pre{white-space:pre-wrap}</style>"
            + $"</head><body><h1>Captured mail ({mails.Count})</h1><p>JSON: <a href=\"/messages\">/messages</a></p>");
        foreach (var m in mails.Reverse())
        {
            html.Append("<article>")
                .Append($"<h2>{E(m.Subject)}</h2>")
                .Append($"<p><b>From</b> {E(m.From)} · <b>To</b> {E(string.Join(", ", m.EnvelopeTo))} · <b>Reply-To</b> {E(string.Join(", ", m.ReplyTo))}</p>")
                .Append($"<p><b>Received</b> {m.ReceivedAt:u} · <b>Message-ID</b> {E(m.MessageId)}</p>")
                .Append($"<pre>{E(m.Text)}</pre>");
            if (m.Attachments.Count > 0)
                html.Append("<p><b>Attachments</b> ").Append(E(string.Join(", ", m.Attachments.Select(a => $"{a.FileName} ({a.Size} bytes)")))).Append("</p>");
            html.Append("</article>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
