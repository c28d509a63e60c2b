namespace MentorFlows.Local.Serve;

/// <summary>
/// What the <c>serve</c> verb was asked for on its command line. Everything else (keys, folders, limits) comes from
/// configuration (<see cref="ServeSettings"/>).
/// </summary>
/// <param name="Urls">Where Kestrel listens, ';'-separated (e.g. <c>http://127.0.0.1:5080</c>).</param>
/// <param name="Store"><c>memory</c>, or an Npgsql connection string for the PostgreSQL stores.</param>
/// <param name="SchemeFile">The <c>--scheme</c> file; null falls back to <c>MentorFlows:SchemeFile</c>, then the built-in defaults.</param>
/// <param name="Development">
/// <c>--dev</c>: a missing key is replaced by a fixed development key (printed as a warning) and the environment is
/// Development. Never for real participants: anyone can forge links signed with a published key.
/// </param>
public sealed record ServeOptions(string Urls, string Store, FileInfo? SchemeFile, bool Development)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string MemoryStore = "memory";
}
