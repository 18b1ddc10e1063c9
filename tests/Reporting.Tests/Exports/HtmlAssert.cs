namespace Crewline.Reporting.Tests.Exports;

internal static class HtmlAssert
{
    /// <summary>One page that prints on its own: inline print styles, no script, nothing loaded from elsewhere, no raw user markup.</summary>
    public static void SelfContainedPrintable(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("@media print", html);
        Assert.Contains("break-before:page", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>\n", html);
    }
}
