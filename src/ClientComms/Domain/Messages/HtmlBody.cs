using System.Net;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>The HTML part of a message written as text: each paragraph (blank-line separated) as an encoded &lt;p&gt;.</summary>
public static class HtmlBody
{
    public static string FromText(string text) =>
        string.Concat(text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p.Trim()).Replace("\n", "<br>")}</p>"));
}
