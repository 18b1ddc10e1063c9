namespace Crewline.Dashboard.Components.Shared;

/// <summary>
/// Where a paged list stands: the token of the page shown and the tokens of the pages before it, so
/// Previous goes back exactly as Next went forward (the API pages forward only).
/// </summary>
public sealed class PageTokens
{
    private readonly Stack<string> _before = new();

    /// <summary>The page_token of the page shown ("" for the first).</summary>
    public string Current { get; private set; } = "";

    /// <summary>1 for the first page.</summary>
    public int Number => _before.Count + 1;

    public bool HasPrevious => _before.Count > 0;

    public void Reset()
    {
        _before.Clear();
        Current = "";
    }

    /// <summary>Moves to the page after the current one; false when <paramref name="nextPageToken"/> says there is none.</summary>
    public bool Next(string? nextPageToken)
    {
        if (string.IsNullOrEmpty(nextPageToken)) return false;
        _before.Push(Current);
        Current = nextPageToken;
        return true;
    }

    /// <summary>Moves back one page; false on the first.</summary>
    public bool Previous()
    {
        if (_before.Count == 0) return false;
        Current = _before.Pop();
        return true;
    }
}
