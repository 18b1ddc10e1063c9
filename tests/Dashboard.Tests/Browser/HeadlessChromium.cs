using Microsoft.Playwright;

namespace Crewline.Dashboard.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>apt-get install -y chromium</c>) driven by Playwright's bundled driver:
/// headless, by its executable path, never a downloaded browser. Shared by the dashboard's browser
/// tests and the whole-suite browser test (linked into EndToEnd.Tests).
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium; scripts/install-servers.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Args],
        });
        return (playwright, browser);
    }

    /// <summary>Where a test saves its screenshots: artifacts/screenshots/ at the repository root.</summary>
    public static string ScreenshotPath(string name, string? folder = null)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        var target = folder is null
            ? Path.Combine(root, "artifacts", "screenshots")
            : Path.Combine(root, "artifacts", "screenshots", folder);
        Directory.CreateDirectory(target);
        return Path.Combine(target, name + ".png");
    }
}
